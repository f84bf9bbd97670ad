package dev.tenon.runtime;

import dev.tenon.Dialect;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.UUID;

/**
 * Reads and binds the column types Tenon supports, by index, with the exact JDBC call for each.
 * Not API: generated code calls these small static methods, which the JIT inlines. Boxed readers
 * return {@code null} for SQL NULL; primitive ones return the JDBC default, as JDBC does.
 */
public final class Columns {
  private Columns() {}

  /** Whether the column is SQL NULL: how an outer-joined entity that found no row is told apart. */
  public static boolean isNull(ResultSet row, int index) throws SQLException {
    return row.getObject(index) == null;
  }

  /** Whether an integral column is NULL, read with {@code getLong}: nothing boxed or decoded twice. */
  public static boolean isNullLong(ResultSet row, int index) throws SQLException {
    return row.getLong(index) == 0 && row.wasNull();
  }

  /** Whether a text column is NULL. */
  public static boolean isNullString(ResultSet row, int index) throws SQLException {
    return row.getString(index) == null;
  }

  public static Long getLongOrNull(ResultSet row, int index) throws SQLException {
    long value = row.getLong(index);
    return row.wasNull() ? null : value;
  }

  public static Integer getIntOrNull(ResultSet row, int index) throws SQLException {
    int value = row.getInt(index);
    return row.wasNull() ? null : value;
  }

  public static Short getShortOrNull(ResultSet row, int index) throws SQLException {
    short value = row.getShort(index);
    return row.wasNull() ? null : value;
  }

  public static Byte getByteOrNull(ResultSet row, int index) throws SQLException {
    byte value = row.getByte(index);
    return row.wasNull() ? null : value;
  }

  public static Double getDoubleOrNull(ResultSet row, int index) throws SQLException {
    double value = row.getDouble(index);
    return row.wasNull() ? null : value;
  }

  public static Float getFloatOrNull(ResultSet row, int index) throws SQLException {
    float value = row.getFloat(index);
    return row.wasNull() ? null : value;
  }

  public static Boolean getBooleanOrNull(ResultSet row, int index) throws SQLException {
    boolean value = row.getBoolean(index);
    return row.wasNull() ? null : value;
  }

  public static char getChar(ResultSet row, int index) throws SQLException {
    String value = row.getString(index);
    return value == null || value.isEmpty() ? '\0' : value.charAt(0);
  }

  public static Character getCharOrNull(ResultSet row, int index) throws SQLException {
    String value = row.getString(index);
    return value == null || value.isEmpty() ? null : value.charAt(0);
  }

  public static UUID getUuid(ResultSet row, int index) throws SQLException {
    Object value = row.getObject(index);
    if (value == null || value instanceof UUID) {
      return (UUID) value;
    }
    if (value instanceof byte[] bytes && bytes.length == 16) {
      long high = 0;
      long low = 0;
      for (int i = 0; i < 8; i++) {
        high = (high << 8) | (bytes[i] & 0xff);
        low = (low << 8) | (bytes[i + 8] & 0xff);
      }
      return new UUID(high, low);
    }
    return UUID.fromString(value.toString());
  }

  public static LocalDate getLocalDate(ResultSet row, int index) throws SQLException {
    return row.getObject(index, LocalDate.class);
  }

  public static LocalTime getLocalTime(ResultSet row, int index) throws SQLException {
    return row.getObject(index, LocalTime.class);
  }

  public static LocalDateTime getLocalDateTime(ResultSet row, int index) throws SQLException {
    return row.getObject(index, LocalDateTime.class);
  }

  /**
   * An offset date-time. sqlite-jdbc stores one as its ISO text and cannot convert it back, so a
   * text value is parsed (a space between date and time is accepted too).
   */
  public static OffsetDateTime getOffsetDateTime(ResultSet row, int index) throws SQLException {
    Object value = row.getObject(index);
    if (value instanceof String text) {
      return OffsetDateTime.parse(text.indexOf('T') < 0 ? text.replaceFirst(" ", "T") : text);
    }
    return value == null ? null : row.getObject(index, OffsetDateTime.class);
  }

  public static Instant getInstant(ResultSet row, int index) throws SQLException {
    Timestamp value = row.getTimestamp(index);
    return value == null ? null : value.toInstant();
  }

  public static <E extends Enum<E>> E getEnum(ResultSet row, int index, Class<E> type)
      throws SQLException {
    String value = row.getString(index);
    return value == null ? null : Enum.valueOf(type, value);
  }

  public static void setLong(PreparedStatement statement, int index, Long value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }

  public static void setInt(PreparedStatement statement, int index, Integer value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setInt(index, value);
    }
  }

  public static void setShort(PreparedStatement statement, int index, Short value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.SMALLINT);
    } else {
      statement.setShort(index, value);
    }
  }

  public static void setByte(PreparedStatement statement, int index, Byte value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TINYINT);
    } else {
      statement.setByte(index, value);
    }
  }

  public static void setDouble(PreparedStatement statement, int index, Double value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DOUBLE);
    } else {
      statement.setDouble(index, value);
    }
  }

  public static void setFloat(PreparedStatement statement, int index, Float value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.REAL);
    } else {
      statement.setFloat(index, value);
    }
  }

  public static void setBoolean(PreparedStatement statement, int index, Boolean value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BOOLEAN);
    } else {
      statement.setBoolean(index, value);
    }
  }

  public static void setChar(PreparedStatement statement, int index, Character value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.CHAR);
    } else {
      statement.setString(index, String.valueOf(value.charValue()));
    }
  }

  public static void setString(PreparedStatement statement, int index, String value)
      throws SQLException {
    statement.setString(index, value);
  }

  public static void setBigDecimal(PreparedStatement statement, int index, BigDecimal value)
      throws SQLException {
    statement.setBigDecimal(index, value);
  }

  public static void setBytes(PreparedStatement statement, int index, byte[] value)
      throws SQLException {
    statement.setBytes(index, value);
  }

  public static void setUuid(PreparedStatement statement, int index, UUID value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.OTHER);
    } else {
      statement.setObject(index, value);
    }
  }

  public static void setLocalDate(PreparedStatement statement, int index, LocalDate value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.DATE);
    } else {
      statement.setObject(index, value);
    }
  }

  public static void setLocalTime(PreparedStatement statement, int index, LocalTime value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIME);
    } else {
      statement.setObject(index, value);
    }
  }

  public static void setLocalDateTime(PreparedStatement statement, int index, LocalDateTime value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIMESTAMP);
    } else {
      statement.setObject(index, value);
    }
  }

  public static void setOffsetDateTime(
      PreparedStatement statement, int index, OffsetDateTime value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      statement.setObject(index, value);
    }
  }

  public static void setInstant(PreparedStatement statement, int index, Instant value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.TIMESTAMP);
    } else {
      statement.setTimestamp(index, Timestamp.from(value));
    }
  }

  public static void setEnum(PreparedStatement statement, int index, Enum<?> value)
      throws SQLException {
    statement.setString(index, value == null ? null : value.name());
  }

  /**
   * Binds a collection as one parameter, so the SQL stays a constant whatever the size: an SQL
   * array on H2 and PostgreSQL ({@code x = ANY(?)}), a JSON array text on MySQL/MariaDB and SQLite
   * (expanded by {@code JSON_TABLE} / {@code json_each}). An empty collection matches nothing.
   * Enums are bound by name. On H2 a collection larger than one array holds is bound as one
   * array per chunk into SQL split for it (see {@code OversizedArrays}).
   */
  public static void setCollection(
      PreparedStatement statement,
      int index,
      Dialect dialect,
      String sqlElementType,
      Collection<?> values)
      throws SQLException {
    if (values == null) {
      throw new IllegalArgumentException(
          "a collection parameter must not be null; pass an empty collection to match nothing");
    }
    if (dialect == Dialect.MYSQL || dialect == Dialect.SQLITE) {
      statement.setString(index, JsonArrays.of(values, dialect));
      return;
    }
    Object[] elements = new Object[values.size()];
    int i = 0;
    for (Object value : values) {
      elements[i++] = value instanceof Enum<?> e ? e.name() : value;
    }
    if (dialect == Dialect.H2 && elements.length > OversizedArrays.H2_MAX_ARRAY) {
      // More than one H2 array holds: one array per chunk, where the SQL was split for them.
      if (!(statement instanceof OversizedArrays.Chunked chunked) || !chunked.chunked(index)) {
        throw new OversizedArrays.Oversized(index, elements.length);
      }
      chunked.bindChunks(index, sqlElementType, elements);
      return;
    }
    Array array = statement.getConnection().createArrayOf(sqlElementType, elements);
    statement.setArray(index, array);
  }

  /** A value record around a column's value, or null for SQL NULL (generated code's reads). */
  public static <C, V> V wrap(C value, Function<? super C, ? extends V> wrap) {
    return value == null ? null : wrap.apply(value);
  }

  /** A value record's component, or null for a null record (generated code's binds). */
  public static <V, C> C unwrap(V value, Function<? super V, ? extends C> component) {
    return value == null ? null : component.apply(value);
  }

  /** The components of a collection of value records, for binding it as one parameter. */
  public static <V, C> List<C> unwrapAll(
      Collection<? extends V> values, Function<? super V, ? extends C> component) {
    if (values == null) {
      return null;
    }
    List<C> components = new ArrayList<>(values.size());
    for (V value : values) {
      components.add(unwrap(value, component));
    }
    return components;
  }

  /** A converter's Java value for a column value, or null for SQL NULL. */
  public static <J, C> J fromColumn(C value, dev.tenon.ColumnConverter<J, C> converter) {
    return value == null ? null : converter.fromColumn(value);
  }

  /** A converter's column value for a Java value, or null for null. */
  public static <J, C> C toColumn(J value, dev.tenon.ColumnConverter<J, C> converter) {
    return value == null ? null : converter.toColumn(value);
  }

  /** The column values of a collection, each through the converter, for binding as one parameter. */
  public static <J, C> List<C> toColumns(
      Collection<? extends J> values, dev.tenon.ColumnConverter<J, C> converter) {
    if (values == null) {
      return null;
    }
    List<C> columns = new ArrayList<>(values.size());
    for (J value : values) {
      columns.add(toColumn(value, converter));
    }
    return columns;
  }
}
