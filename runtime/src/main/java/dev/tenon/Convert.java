package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores this component or parameter through a {@link ColumnConverter}: {@code @Convert(
 * MoneyColumns.class) Money price}. For a collection parameter ({@code x IN (:prices)}) it
 * converts each element.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Convert {
  /** The converter: a class with a public no-argument constructor. */
  Class<? extends ColumnConverter<?, ?>> value();
}
