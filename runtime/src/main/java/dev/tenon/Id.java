package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a component as (part of) the entity's primary key. Several components form a composite key. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Id {
  /**
   * The database assigns the value (identity, serial, auto-increment): {@code @Insert} leaves the
   * column out and reads the stored value back. Only for a single-column key of an integral type.
   */
  boolean generated() default false;
}
