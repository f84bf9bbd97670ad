package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Filters the result rows. A test on a column of an outer-joined alias belongs in that join's
 * {@code on}: in WHERE it silently turns the LEFT JOIN into an inner one.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Where {
  String value();
}
