package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Updates rows. Without {@link #of()} the method takes an entity (or a batch of them) and updates
 * the row with its {@code @Id}: every other column, and a {@code @Version} checked and incremented.
 * With {@code of}, {@link #set()} and {@link #where()} say what changes where, in the condition
 * language, with the method's parameters as {@code :name}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Update {
  /** The entity whose table is updated by {@link #set()}; {@code void.class}: the parameter's. */
  Class<?> of() default void.class;

  /** The entity's alias in {@code set} and {@code where}; empty means the lowerCamel simple name. */
  String as() default "";

  /** {@code "property = expression"} assignments, e.g. {@code "text = upper(bookNote.text)"}. */
  String[] set() default {};

  /** Which rows; required unless {@link #all()}. May name an {@code @Exists}/{@code @Count}. */
  String where() default "";

  /** Says that an update without {@code where} means every row. */
  boolean all() default false;
}
