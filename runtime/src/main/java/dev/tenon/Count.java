package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Per root row, the number of related rows along {@link #path()} matching {@link #where()}; 0 when none. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Counts.class)
public @interface Count {
  /** {@code alias.relation}. Inside {@link #where()} the related rows are named by the relation's name. */
  String path();

  String where() default "";

  /** The name of the result component that receives the value. */
  String as();
}
