package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The root of a query: one result per row of {@link #from()} (after joins and filters). */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Select {
  /** The root entity. */
  Class<?> from();

  /** The root's alias; empty means the lowerCamel simple name ({@code Book → book}). */
  String as() default "";

  /** {@code SELECT DISTINCT}. */
  boolean distinct() default false;

  /** The row lock to take on the root's rows ({@code FOR UPDATE …}); none by default. */
  Lock lock() default Lock.NONE;
}
