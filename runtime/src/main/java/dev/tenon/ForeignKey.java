package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that this component holds the {@link Id} of another entity, which gives two
 * relations: a to-one relation on this entity (named {@link #name()}, default the component
 * name without a trailing {@code Id}: {@code bookId → book}) and a to-many relation on the
 * target (named {@link #related()}, default the lowerCamel simple name of this entity).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface ForeignKey {
  /** The referenced entity; its single {@link Id} component is the key. */
  Class<?> value();

  /** Name of the to-one relation on this entity; empty means the component name less {@code Id}. */
  String name() default "";

  /** Name of the to-many relation on the target; empty means this entity's lowerCamel simple name. */
  String related() default "";
}
