package dev.tenon.processor.schema;

import dev.tenon.Dialect;
import dev.tenon.processor.model.ValueKind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a column's SQL type can carry a Java value kind, both ways (read into the component and
 * bound as a parameter compared with the column). Only clear conflicts are refused: a type Tenon
 * does not know (json, interval, arrays, geometry …) fits anything, so nothing correct is refused.
 * SQLite is judged by type affinity (its documentation, "Datatypes In SQLite", 3.1).
 */
final class TypeFit {
  enum Family {
    INTEGER,
    DECIMAL,
    FLOAT,
    TEXT,
    BOOLEAN,
    DATE,
    TIME,
    TIMESTAMP,
    TIMESTAMP_TZ,
    BINARY,
    UUID,
    OTHER
  }

  /** A column type, classified: its family, integer width in bytes, decimal precision/scale. */
  record SqlType(Family family, int bytes, boolean unsigned, int precision, int scale) {}

  private static final Pattern PARAMS = Pattern.compile("\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");

  private TypeFit() {}

  /** Null when {@code type} carries {@code kind}, else the Java type that would fit. */
  static String misfit(Dialect dialect, String type, ValueKind kind) {
    if (dialect == Dialect.SQLITE) {
      return sqliteMisfit(type, kind);
    }
    SqlType sql = classify(dialect, type);
    boolean fits =
        switch (kind) {
          case LONG -> sql.family() == Family.INTEGER
              || sql.family() == Family.DECIMAL && sql.scale() == 0 && sql.precision() <= 18;
          case INT -> sql.family() == Family.INTEGER
                  && (sql.bytes() < 4 || sql.bytes() == 4 && !sql.unsigned())
              || sql.family() == Family.DECIMAL && sql.scale() == 0 && sql.precision() <= 9;
          case SHORT -> sql.family() == Family.INTEGER
                  && (sql.bytes() < 2 || sql.bytes() == 2 && !sql.unsigned())
              || sql.family() == Family.DECIMAL && sql.scale() == 0 && sql.precision() <= 4;
          case BYTE -> sql.family() == Family.INTEGER && sql.bytes() == 1 && !sql.unsigned();
          case DOUBLE, BIG_DECIMAL -> sql.family() == Family.INTEGER || sql.family() == Family.DECIMAL
              || sql.family() == Family.FLOAT;
          case FLOAT -> sql.family() == Family.FLOAT && sql.bytes() == 4
              || sql.family() == Family.INTEGER && sql.bytes() <= 2;
          case BOOLEAN -> sql.family() == Family.BOOLEAN || sql.family() == Family.INTEGER;
          case CHAR, STRING, ENUM -> sql.family() == Family.TEXT;
          case BYTES -> sql.family() == Family.BINARY;
          case UUID -> sql.family() == Family.UUID || sql.family() == Family.TEXT
              || sql.family() == Family.BINARY;
          case LOCAL_DATE -> sql.family() == Family.DATE;
          case LOCAL_TIME -> sql.family() == Family.TIME;
          case LOCAL_DATE_TIME -> sql.family() == Family.TIMESTAMP;
          case INSTANT -> sql.family() == Family.TIMESTAMP || sql.family() == Family.TIMESTAMP_TZ;
          case OFFSET_DATE_TIME -> sql.family() == Family.TIMESTAMP_TZ
              || dialect == Dialect.MYSQL && sql.family() == Family.TIMESTAMP;
        };
    return fits || sql.family() == Family.OTHER ? null : javaFor(sql);
  }

  static SqlType classify(Dialect dialect, String type) {
    String lower = type.toLowerCase(Locale.ROOT).strip();
    if (lower.endsWith("]") || lower.contains(" array")) {
      return new SqlType(Family.OTHER, 0, false, 0, 0);
    }
    boolean unsigned = lower.contains("unsigned");
    Matcher params = PARAMS.matcher(lower);
    int first = -1;
    int second = 0;
    if (params.find()) {
      first = Integer.parseInt(params.group(1));
      second = params.group(2) == null ? 0 : Integer.parseInt(params.group(2));
    }
    String word = lower.replaceAll("\\(.*?\\)", "").replace("unsigned", "").replace("zerofill", "")
        .replaceAll("\\s+", " ").strip();
    return switch (word) {
      case "tinyint", "int1" -> dialect == Dialect.MYSQL && first == 1
          ? new SqlType(Family.BOOLEAN, 1, unsigned, 0, 0)
          : new SqlType(Family.INTEGER, 1, unsigned, 0, 0);
      case "smallint", "int2" -> new SqlType(Family.INTEGER, 2, unsigned, 0, 0);
      case "mediumint", "int3" -> new SqlType(Family.INTEGER, 3, unsigned, 0, 0);
      case "int", "integer", "int4" -> new SqlType(Family.INTEGER, 4, unsigned, 0, 0);
      case "bigint", "int8" -> new SqlType(Family.INTEGER, 8, unsigned, 0, 0);
      case "numeric", "decimal", "dec", "number", "fixed" -> new SqlType(
          Family.DECIMAL, 0, unsigned,
          first >= 0 ? first : dialect == Dialect.MYSQL ? 10 : 1000,
          first >= 0 ? second : dialect == Dialect.MYSQL ? 0 : 1000);
      case "real", "float4" -> new SqlType(Family.FLOAT, 4, false, 0, 0);
      case "float" -> new SqlType(Family.FLOAT, dialect == Dialect.MYSQL && first < 25 ? 4 : 8, false, 0, 0);
      case "double", "double precision", "float8", "decfloat" -> new SqlType(Family.FLOAT, 8, false, 0, 0);
      case "varchar", "char", "character", "character varying", "text", "clob", "tinytext",
          "mediumtext", "longtext", "nvarchar", "nchar", "citext", "varchar_ignorecase", "enum",
          "character large object", "national character varying", "national char", "bpchar",
          "string", "set", "char varying", "nclob" -> new SqlType(Family.TEXT, 0, false, 0, 0);
      case "boolean", "bool" -> new SqlType(Family.BOOLEAN, 0, false, 0, 0);
      case "bit" -> first <= 1 ? new SqlType(Family.BOOLEAN, 0, false, 0, 0)
          : new SqlType(Family.OTHER, 0, false, 0, 0);
      case "date" -> new SqlType(Family.DATE, 0, false, 0, 0);
      case "time", "time without time zone" -> new SqlType(Family.TIME, 0, false, 0, 0);
      case "timestamp", "timestamp without time zone", "datetime", "datetime2", "smalldatetime" ->
          new SqlType(Family.TIMESTAMP, 0, false, 0, 0);
      case "timestamptz", "timestamp with time zone" -> new SqlType(Family.TIMESTAMP_TZ, 0, false, 0, 0);
      case "bytea", "blob", "tinyblob", "mediumblob", "longblob", "binary", "varbinary",
          "binary varying", "binary large object", "image", "bytes" ->
          new SqlType(Family.BINARY, 0, false, 0, 0);
      case "uuid" -> new SqlType(Family.UUID, 0, false, 0, 0);
      default -> new SqlType(Family.OTHER, 0, false, 0, 0);
    };
  }

  private static String javaFor(SqlType sql) {
    return switch (sql.family()) {
      case INTEGER -> sql.bytes() == 8 || sql.bytes() == 4 && sql.unsigned() ? "long or Long"
          : sql.bytes() >= 3 || sql.bytes() == 2 && sql.unsigned() ? "int or Integer"
          : "short or Short";
      case DECIMAL -> sql.scale() == 0 && sql.precision() <= 18 ? "long or BigDecimal" : "BigDecimal";
      case FLOAT -> sql.bytes() == 4 ? "float or double" : "double or Double";
      case TEXT -> "String (or an enum)";
      case BOOLEAN -> "boolean or Boolean";
      case DATE -> "LocalDate";
      case TIME -> "LocalTime";
      case TIMESTAMP -> "LocalDateTime or Instant";
      case TIMESTAMP_TZ -> "OffsetDateTime or Instant";
      case BINARY -> "byte[]";
      case UUID -> "UUID or String";
      case OTHER -> "";
    };
  }

  /** SQLite: by the affinity its declared type gives the column. */
  private static String sqliteMisfit(String type, ValueKind kind) {
    String upper = type.toUpperCase(Locale.ROOT);
    String affinity =
        upper.contains("INT") ? "INTEGER"
            : upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT") ? "TEXT"
            : upper.isBlank() || upper.contains("BLOB") ? "BLOB"
            : upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB") ? "REAL"
            : "NUMERIC";
    if (affinity.equals("BLOB") && kind != ValueKind.BYTES) {
      return upper.isBlank() ? null : "byte[]";
    }
    boolean fits =
        switch (kind) {
          case LONG, INT, SHORT, BYTE, BOOLEAN -> affinity.equals("INTEGER") || affinity.equals("NUMERIC");
          case DOUBLE, FLOAT, BIG_DECIMAL -> !affinity.equals("TEXT");
          case CHAR, STRING, ENUM, UUID -> affinity.equals("TEXT") || affinity.equals("NUMERIC");
          case BYTES -> affinity.equals("BLOB");
          case LOCAL_DATE, LOCAL_TIME, LOCAL_DATE_TIME, INSTANT, OFFSET_DATE_TIME -> true;
        };
    if (fits) {
      return null;
    }
    return switch (affinity) {
      case "INTEGER" -> "long, int or boolean";
      case "REAL" -> "double";
      case "TEXT" -> "String";
      case "BLOB" -> "byte[]";
      default -> "a number";
    };
  }
}
