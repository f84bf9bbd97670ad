package dev.tenon.processor.sql;

import dev.tenon.Dialect;
import java.util.Set;

/**
 * Writes identifiers as declared and unquoted, so the SQL finds tables created the usual way on
 * databases that fold case either way. Only a word the dialect reserves, or a name that is not a
 * plain lowercase identifier, is quoted, in the dialect's way.
 */
final class Identifiers {
  private Identifiers() {}

  /** H2 2.x keywords (H2 documentation, "Keywords / Reserved Words"). */
  private static final Set<String> H2 =
      Set.of(
          "all", "and", "any", "array", "as", "asymmetric", "authorization", "between", "both",
          "case", "cast", "check", "constraint", "cross", "current_catalog", "current_date",
          "current_path", "current_role", "current_schema", "current_time", "current_timestamp",
          "current_user", "day", "default", "distinct", "else", "end", "except", "exists", "false",
          "fetch", "for", "foreign", "from", "full", "group", "groups", "having", "hour", "if",
          "ilike", "in", "inner", "intersect", "interval", "is", "join", "key", "leading", "left",
          "like", "limit", "localtime", "localtimestamp", "minus", "minute", "month", "natural",
          "not", "null", "offset", "on", "or", "order", "over", "partition", "primary", "qualify",
          "range", "regexp", "right", "row", "rownum", "rows", "second", "select", "session_user",
          "set", "some", "symmetric", "system_user", "table", "to", "top", "trailing", "true",
          "uescape", "union", "unique", "unknown", "user", "using", "value", "values", "when",
          "where", "window", "with", "year", "_rowid_");

  /** PostgreSQL reserved key words (documentation, Appendix C), incl. those usable as functions. */
  private static final Set<String> POSTGRES =
      Set.of(
          "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric",
          "authorization", "binary", "both", "case", "cast", "check", "collate", "collation",
          "column", "concurrently", "constraint", "create", "cross", "current_catalog",
          "current_date", "current_role", "current_schema", "current_time", "current_timestamp",
          "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
          "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group",
          "having", "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull",
          "join", "lateral", "leading", "left", "like", "limit", "localtime", "localtimestamp",
          "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer",
          "overlaps", "placing", "primary", "references", "returning", "right", "select",
          "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample",
          "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic",
          "verbose", "when", "where", "window", "with");

  /** The identifier as the dialect must see it. */
  static String quote(Dialect dialect, String name) {
    if (isPlain(name) && !reserved(dialect).contains(name)) {
      return name;
    }
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** Whether {@code dialect} reserves {@code word} (lowercase). */
  static boolean isReserved(Dialect dialect, String word) {
    return reserved(dialect).contains(word);
  }

  private static Set<String> reserved(Dialect dialect) {
    return switch (dialect) {
      case POSTGRES -> POSTGRES;
      default -> H2;
    };
  }

  private static boolean isPlain(String name) {
    if (name.isEmpty()) {
      return false;
    }
    char first = name.charAt(0);
    if (!(first >= 'a' && first <= 'z') && first != '_') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return true;
  }
}
