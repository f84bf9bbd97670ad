package dev.tenon.processor.check;

import dev.tenon.processor.model.ValueKind;

/** What kind of SQL value an expression has, for checking that comparisons can match. */
enum SqlCategory {
  NUMBER("a number"),
  TEXT("text"),
  BOOLEAN("a boolean"),
  DATE("a date"),
  TIME("a time"),
  TIMESTAMP("a timestamp"),
  UUID("a UUID"),
  BYTES("bytes"),
  /** The NULL literal: fits anything. */
  NULL("NULL");

  private final String description;

  SqlCategory(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }

  static SqlCategory of(ValueKind kind) {
    return switch (kind) {
      case LONG, INT, SHORT, BYTE, DOUBLE, FLOAT, BIG_DECIMAL -> NUMBER;
      case STRING, CHAR, ENUM -> TEXT;
      case BOOLEAN -> BOOLEAN;
      case LOCAL_DATE -> DATE;
      case LOCAL_TIME -> TIME;
      case LOCAL_DATE_TIME, INSTANT, OFFSET_DATE_TIME -> TIMESTAMP;
      case UUID -> UUID;
      case BYTES -> BYTES;
    };
  }

  /** Whether values of the two categories can be compared or combined. */
  boolean fits(SqlCategory other) {
    return this == other || this == NULL || other == NULL;
  }
}
