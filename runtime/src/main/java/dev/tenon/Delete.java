package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Deletes rows. Without {@link #from()} the method takes an entity (or a batch of them) and deletes
 * the row with its {@code @Id} (and {@code @Version}, if any). With {@code from}, {@link #where()}
 * says which rows, in the condition language; it may name an {@code @Exists}/{@code @Count}
 * declared on the method, which runs as a subquery of the one DELETE statement.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Delete {
  /** The entity whose rows are deleted; {@code void.class}: the parameter's. */
  Class<?> from() default void.class;

  /** The entity's alias in {@code where}; empty means the lowerCamel simple name. */
  String as() default "";

  /** Which rows; required unless {@link #all()}. */
  String where() default "";

  /** Says that a delete without {@code where} means every row. */
  boolean all() default false;
}
