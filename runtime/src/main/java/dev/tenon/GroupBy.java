package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Groups the rows: one result row per distinct value of these expressions ({@code
 * "alias.property"} or any expression of the condition language). Every result component must
 * then be grouped or aggregated ({@code count(*)}, {@code sum(x)} …). Grouping by every {@code @Id}
 * of an alias lets a component hold that alias's whole entity.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface GroupBy {
  String[] value();
}
