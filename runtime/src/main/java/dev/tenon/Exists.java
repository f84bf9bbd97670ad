package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Per root row, whether any related row along {@link #path()} matches {@link #where()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(ExistsList.class)
public @interface Exists {
  /** {@code alias.relation}. Inside {@link #where()} the related rows are named by the relation's name. */
  String path();

  String where() default "";

  /** The name of the result component that receives the flag. */
  String as();
}
