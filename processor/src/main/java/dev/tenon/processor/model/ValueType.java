package dev.tenon.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * A Java type Tenon can bind or read.
 *
 * @param kind how it is bound and read
 * @param primitive a primitive ({@code long}) rather than a reference ({@code Long})
 * @param mirror the Java type, for writing code; null in planner tests
 */
public record ValueType(ValueKind kind, boolean primitive, TypeMirror mirror) {

  /** A reference-typed value of {@code kind}, for planner tests. */
  public static ValueType of(ValueKind kind) {
    return new ValueType(kind, false, null);
  }
}
