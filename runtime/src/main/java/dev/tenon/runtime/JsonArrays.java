package dev.tenon.runtime;

import dev.tenon.Dialect;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;

/**
 * Writes a collection as JSON array text for databases without array parameters. Numbers and
 * booleans are written bare; everything else (strings, UUIDs, dates as ISO-8601, enums by name)
 * as an escaped JSON string. The text is bound as a parameter, never spliced into SQL.
 *
 * <p>Instants and offset date-times are written the way the driver stores a single value, so an
 * element matches what {@link Columns#setInstant} or {@link Columns#setOffsetDateTime} wrote: on
 * SQLite an instant as epoch milliseconds (sqlite-jdbc's {@code setTimestamp}) and an offset
 * date-time as its ISO text; on MySQL/MariaDB both as the JVM zone's local date-time, as the
 * driver sends a {@code Timestamp}.
 */
final class JsonArrays {
  private JsonArrays() {}

  static String of(Collection<?> values, Dialect dialect) {
    StringBuilder json = new StringBuilder(2 + values.size() * 8).append('[');
    boolean first = true;
    for (Object value : values) {
      if (!first) {
        json.append(',');
      }
      first = false;
      if (value == null) {
        json.append("null");
      } else if (value instanceof Number && !(value instanceof BigDecimal)
          || value instanceof Boolean) {
        json.append(value);
      } else if (value instanceof BigDecimal decimal) {
        json.append(decimal.toPlainString());
      } else if (value instanceof Instant instant) {
        instant(instant, dialect, json);
      } else if (value instanceof OffsetDateTime dateTime && dialect == Dialect.MYSQL) {
        instant(dateTime.toInstant(), dialect, json);
      } else {
        string(value instanceof Enum<?> e ? e.name() : value.toString(), json);
      }
    }
    return json.append(']').toString();
  }

  private static void instant(Instant instant, Dialect dialect, StringBuilder json) {
    if (dialect == Dialect.SQLITE) {
      json.append(instant.toEpochMilli());
    } else {
      string(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()).toString(), json);
    }
  }

  private static void string(String text, StringBuilder json) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
