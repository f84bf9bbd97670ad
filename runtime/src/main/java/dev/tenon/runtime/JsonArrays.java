package dev.tenon.runtime;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * Writes a collection as JSON array text for databases without array parameters. Numbers and
 * booleans are written bare; everything else (strings, UUIDs, dates as ISO-8601, enums by name)
 * as an escaped JSON string. The text is bound as a parameter, never spliced into SQL.
 */
final class JsonArrays {
  private JsonArrays() {}

  static String of(Collection<?> values) {
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
      } else {
        string(value instanceof Enum<?> e ? e.name() : value.toString(), json);
      }
    }
    return json.append(']').toString();
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
