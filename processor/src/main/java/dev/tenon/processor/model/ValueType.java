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
 * @param converted for a type stored through a {@code ColumnConverter}, which; else null
 */
public record ValueType(
    ValueKind kind, boolean primitive, TypeMirror mirror, ValueRecord record, Converted converted) {

  /** A type bound and read as itself. */
  public ValueType(ValueKind kind, boolean primitive, TypeMirror mirror) {
    this(kind, primitive, mirror, null, null);
  }

  /** A value record, stored as its component. */
  public ValueType(ValueKind kind, boolean primitive, TypeMirror mirror, ValueRecord record) {
    this(kind, primitive, mirror, record, null);
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
    if (converted != null) {
      return converted.column();
    }
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

  /**
   * A type stored through a {@code ColumnConverter<J, C>}.
   *
   * @param converter the converter class
   * @param field the generated DAO's constant holding its one instance
   * @param column how the column type {@code C} is bound and read (a reference type)
   */
  public record Converted(TypeMirror converter, String field, ValueType column) {}
}
