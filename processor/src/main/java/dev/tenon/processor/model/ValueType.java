package dev.tenon.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * A Java type Tenon can bind or read.
 *
 * @param kind how it is bound and read (for a value record: how its one component is)
 * @param primitive a primitive ({@code long}) rather than a reference ({@code Long})
 * @param mirror the Java type, for writing code; null in planner tests
 * @param record for a value record ({@code record BookId(long value)}), its one component; null
 *     for a type bound as itself
 */
public record ValueType(ValueKind kind, boolean primitive, TypeMirror mirror, ValueRecord record) {

  /** A type bound and read as itself. */
  public ValueType(ValueKind kind, boolean primitive, TypeMirror mirror) {
    this(kind, primitive, mirror, null);
  }

  /** A reference-typed value of {@code kind}, for planner tests. */
  public static ValueType of(ValueKind kind) {
    return new ValueType(kind, false, null);
  }

  /**
   * The type the database sees: the component of a value record, boxed (the record may be null);
   * this type itself otherwise.
   */
  public ValueType column() {
    return record == null ? this : new ValueType(kind, false, record.component().mirror());
  }

  /**
   * A record with exactly one component of a supported type, stored as that component: typed ids
   * and value objects need no code.
   *
   * @param accessor the component's accessor ({@code value})
   * @param component how the component is bound and read
   */
  public record ValueRecord(String accessor, ValueType component) {}
}
