package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Filters the result rows. Repeatable: all are ANDed. A test on a column of an outer-joined alias
 * belongs in that join's {@code on}: in WHERE it silently turns the LEFT JOIN into an inner one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Wheres.class)
public @interface Where {
  String value();

  /**
   * Left out when a parameter it names is null (those parameters must be nullable types), and so
   * is an {@code @Exists}/{@code @Count}/{@code @Aggregate} only left-out conditions use: a list
   * view's optional filters. The SQL of every combination is made at compile time.
   */
  boolean optional() default false;
}
