package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Filters the groups of {@link GroupBy}, after grouping: a condition on aggregates ({@code
 * "sum(s.amountCents) > :min"}) or on grouped values. Needs {@code @GroupBy}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Having {
  String value();
}
