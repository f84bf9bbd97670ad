package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Per root row, {@link #function()} of {@link #value()} over the related rows of {@link #path()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Aggregates.class)
public @interface Aggregate {
  AggregateFunction function();

  /** {@code alias.relation}. Inside {@link #value()} and {@link #where()} the related rows are named by the relation's name. */
  String path();

  /** The expression aggregated. */
  String value();

  String where() default "";

  /** The name of the result component that receives the value. */
  String as();
}
