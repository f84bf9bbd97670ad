package dev.tenon.processor.model;

/** The column and parameter types Tenon binds and reads (API.md §1). */
public enum ValueKind {
  LONG(true, "bigint"),
  INT(true, "integer"),
  SHORT(true, "smallint"),
  BYTE(true, "smallint"),
  DOUBLE(true, "double precision"),
  FLOAT(true, "real"),
  BIG_DECIMAL(true, "numeric"),
  BOOLEAN(false, "boolean"),
  CHAR(false, "char"),
  STRING(false, "varchar"),
  BYTES(false, "bytea"),
  UUID(false, "uuid"),
  LOCAL_DATE(false, "date"),
  LOCAL_TIME(false, "time"),
  LOCAL_DATE_TIME(false, "timestamp"),
  INSTANT(false, "timestamp"),
  OFFSET_DATE_TIME(false, "timestamp with time zone"),
  ENUM(false, "varchar");

  private final boolean numeric;
  private final String sqlArrayElementType;

  ValueKind(boolean numeric, String sqlArrayElementType) {
    this.numeric = numeric;
    this.sqlArrayElementType = sqlArrayElementType;
  }

  public boolean numeric() {
    return numeric;
  }

  /** The element type name for {@code Connection.createArrayOf} when binding {@code = ANY(?)}. */
  public String sqlArrayElementType() {
    return sqlArrayElementType;
  }

  /** Whether values of the two kinds can be compared in SQL without a cast. */
  public boolean comparableWith(ValueKind other) {
    if (this == other) {
      return true;
    }
    if (numeric && other.numeric) {
      return true;
    }
    return (this == STRING || this == CHAR || this == ENUM)
        && (other == STRING || other == CHAR || other == ENUM);
  }
}
