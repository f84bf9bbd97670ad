package dev.tenon.processor.sql;

import dev.tenon.Dialect;
import dev.tenon.Lock;
import dev.tenon.processor.expr.DatePart;
import dev.tenon.processor.model.ValueKind;
import dev.tenon.processor.model.ValueType;
import java.util.Locale;

/**
 * Where the dialects differ in the SQL Tenon writes (identifier quoting lives in {@link
 * Identifiers}). Every rule is a plain function of the dialect, so each one is pinned by planner
 * tests. MYSQL is checked on MariaDB 10.11 and written for MySQL 8 as well; SQLITE on SQLite 3.50
 * (as bundled by sqlite-jdbc), and needs 3.38 or later (JSON built in, NULLS FIRST/LAST).
 */
final class DialectRules {
  private DialectRules() {}

  /**
   * {@code operand [NOT] IN (<collection>)} with the collection bound as ONE parameter, so the SQL
   * is a constant for any size and an empty collection matches nothing (NOT IN: everything):
   *
   * <ul>
   *   <li>H2, PostgreSQL: {@code (operand) = ANY(?)} / {@code (operand) <> ALL(?)} with an SQL
   *       array. The parentheses (free for both planners) mark where the operand starts, so the
   *       runtime can split a collection too large for one H2 array into one {@code ANY} per chunk;
   *   <li>MySQL/MariaDB: a subquery over {@code JSON_TABLE} of a JSON array text, typed per
   *       element (see {@link #jsonTableColumn});
   *   <li>SQLite: a subquery over {@code json_each} of a JSON array text. The left operand's
   *       column affinity applies to the JSON values, as for any {@code IN (SELECT …)}.
   * </ul>
   */
  static String collectionIn(Dialect dialect, String operand, boolean negated, ValueType element) {
    String in = negated ? " NOT IN " : " IN ";
    return switch (dialect) {
      case H2, POSTGRES -> "(" + operand + ")" + (negated ? " <> ALL(?)" : " = ANY(?)");
      case MYSQL -> operand + in + "(SELECT " + jsonTableColumn(element.kind())
          + " PATH '$')) j)";
      case SQLITE -> operand + in + "(SELECT value FROM json_each(?))";
      case AUTO -> throw new IllegalArgumentException("no collection IN for " + dialect);
    };
  }

  /**
   * The select item and {@code JSON_TABLE} head for one element kind, up to its {@code PATH}.
   * Numbers, booleans and dates get a typed column, so they compare as values. Text-like values
   * (strings, enums, UUIDs as CHAR(36)) are read as JSON and unquoted: a typed VARCHAR column
   * would carry the connection's collation at "implicit" strength and clash with a column of
   * another collation ("Illegal mix of collations"); {@code JSON_UNQUOTE} yields a coercible
   * string, so the column's own collation decides, exactly as for {@code column = ?}. A JSON
   * {@code null} element is SQL NULL, not the text "null" that {@code JSON_UNQUOTE} alone makes
   * of it (which let {@code NOT IN} a list holding null exclude only the other names).
   */
  private static String jsonTableColumn(ValueKind kind) {
    String type =
        switch (kind) {
          case LONG, INT, SHORT, BYTE -> "BIGINT";
          case DOUBLE, FLOAT -> "DOUBLE";
          case BIG_DECIMAL -> "DECIMAL(65, 30)";
          case BOOLEAN -> "BOOLEAN";
          case LOCAL_DATE -> "DATE";
          case LOCAL_TIME -> "TIME(6)";
          case LOCAL_DATE_TIME, INSTANT, OFFSET_DATE_TIME -> "DATETIME(6)";
          case STRING, CHAR, ENUM, UUID -> null;
          case BYTES -> throw new IllegalArgumentException("no byte[] collections (checked)");
        };
    return type == null
        ? "CASE WHEN JSON_TYPE(j.v) = 'NULL' THEN NULL ELSE JSON_UNQUOTE(j.v) END"
            + " FROM JSON_TABLE(?, '$[*]' COLUMNS (v JSON"
        : "j.v FROM JSON_TABLE(?, '$[*]' COLUMNS (v " + type;
  }

  /**
   * The paging clause, with its {@code ?} in binding order (limit first). MySQL/MariaDB and
   * SQLite have no OFFSET without LIMIT, so an offset alone gets the largest limit each allows.
   */
  static String paging(Dialect dialect, boolean limit, boolean offset) {
    if (limit && offset) {
      return "LIMIT ? OFFSET ?";
    }
    if (limit) {
      return "LIMIT ?";
    }
    return switch (dialect) {
      case MYSQL -> "LIMIT 18446744073709551615 OFFSET ?";
      case SQLITE -> "LIMIT -1 OFFSET ?";
      default -> "OFFSET ? ROWS";
    };
  }

  /**
   * {@code TRUE} / {@code FALSE}; on SQLite {@code 1} / {@code 0}, because there TRUE and FALSE
   * are only names, which a column called {@code true} would capture.
   */
  static String booleanLiteral(Dialect dialect, boolean value) {
    if (dialect == Dialect.SQLITE) {
      return value ? "1" : "0";
    }
    return value ? "TRUE" : "FALSE";
  }

  /**
   * A string literal with the same characters on every dialect: quotes doubled everywhere. MySQL
   * also reads backslash escapes in literals unless the session's sql_mode has
   * NO_BACKSLASH_ESCAPES, so there a literal holding a backslash is spelled with {@code CHAR(92)}
   * pieces, which mean one backslash in either mode.
   */
  static String stringLiteral(Dialect dialect, String text) {
    String quoted = "'" + text.replace("'", "''") + "'";
    if (dialect != Dialect.MYSQL || text.indexOf('\\') < 0) {
      return quoted;
    }
    StringBuilder concat = new StringBuilder("CONCAT(");
    String[] pieces = text.split("\\\\", -1);
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0) {
        concat.append(", CHAR(92 USING utf8mb4), ");
      }
      concat.append('\'').append(pieces[i].replace("'", "''")).append('\'');
    }
    return concat.append(')').toString();
  }

  /**
   * What follows a LIKE pattern so that a backslash escapes {@code %}, {@code _} and itself on
   * every dialect. H2 and PostgreSQL do so by default; SQLite has no default escape character;
   * MySQL has one, but spelling it {@code '\'} depends on NO_BACKSLASH_ESCAPES, and {@code
   * CHAR(92)} does not.
   */
  static String likeEscape(Dialect dialect) {
    return switch (dialect) {
      case SQLITE -> " ESCAPE '\\'";
      case MYSQL -> " ESCAPE CHAR(92)";
      default -> "";
    };
  }

  /**
   * The SQL name of a condition-language function. {@code length} counts characters everywhere:
   * MySQL's {@code LENGTH} counts bytes, so there it is {@code CHAR_LENGTH}.
   */
  static String function(Dialect dialect, String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (dialect == Dialect.MYSQL && upper.equals("LENGTH")) {
      return "CHAR_LENGTH";
    }
    if (dialect == Dialect.SQLITE && upper.equals("SUBSTRING")) {
      return "SUBSTR"; // substring() is an alias only since SQLite 3.34
    }
    return upper;
  }

  /**
   * The operator for {@code /} between two integers. The other dialects truncate (7 / 2 = 3);
   * MySQL's {@code /} returns a decimal (3.5000), its {@code DIV} truncates like the others.
   */
  static String integerDivision(Dialect dialect) {
    return dialect == Dialect.MYSQL ? "DIV" : "/";
  }

  /** Whether {@code NULLS FIRST} / {@code NULLS LAST} are written as they are (not MySQL). */
  static boolean hasNullsOrdering(Dialect dialect) {
    return dialect != Dialect.MYSQL;
  }

  /**
   * Where MySQL/MariaDB put nulls when nothing is said: they sort as the smallest value, first
   * ascending and last descending.
   */
  static boolean nullsFirstByDefault(Dialect dialect, boolean descending) {
    if (dialect != Dialect.MYSQL) {
      throw new IllegalArgumentException("only MySQL's default is needed: " + dialect);
    }
    return !descending;
  }

  /** Writes a NULL-safe comparison from its rendered operands. */
  interface DistinctFrom {
    String apply(String left, String right, boolean distinct);
  }

  /**
   * {@code a IS [NOT] DISTINCT FROM b} where the dialect spells it otherwise, or null where it is
   * written as is (H2, PostgreSQL). MySQL/MariaDB have the NULL-safe equality {@code <=>}, and
   * SQLite's {@code IS} / {@code IS NOT} compare NULLs as values (its own {@code IS DISTINCT FROM}
   * came only in 3.39).
   */
  static DistinctFrom distinctFrom(Dialect dialect) {
    return switch (dialect) {
      case MYSQL -> (left, right, distinct) ->
          distinct ? "NOT (" + left + " <=> " + right + ")" : left + " <=> " + right;
      case SQLITE -> (left, right, distinct) -> left + (distinct ? " IS NOT " : " IS ") + right;
      default -> null;
    };
  }

  /**
   * {@code escape_like(x)}: {@code x} with {@code \}, {@code %} and {@code _} escaped by a
   * backslash, the escape character {@link #likeEscape} sets up on every dialect, so the text
   * matches itself inside a LIKE pattern. The backslash goes first, so the escapes added for
   * {@code %} and {@code _} are not escaped again.
   */
  static String escapeLike(Dialect dialect, String operand) {
    String backslash = stringLiteral(dialect, "\\");
    return "REPLACE(REPLACE(REPLACE(" + operand + ", " + backslash + ", "
        + stringLiteral(dialect, "\\\\") + "), '%', " + stringLiteral(dialect, "\\%")
        + "), '_', " + stringLiteral(dialect, "\\_") + ")";
  }

  /**
   * {@code current_date} and {@code current_timestamp}: the database's clock in the session's time
   * zone. SQLite's own are UTC and spelt {@code 2024-01-02 10:11:12}, so there they are the local
   * time in the text form Tenon stores ({@code LocalDate} as {@code 2024-01-02}, {@code
   * LocalDateTime} as {@code 2024-01-02T10:11:12}), so comparisons with columns work.
   */
  static String now(Dialect dialect, String name) {
    boolean date = name.equalsIgnoreCase("current_date");
    if (dialect == Dialect.SQLITE) {
      return date
          ? "date('now', 'localtime')"
          : "strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')";
    }
    return date ? "CURRENT_DATE" : "CURRENT_TIMESTAMP";
  }

  /**
   * {@code extract(part FROM x)} as a whole number on every dialect. PostgreSQL's EXTRACT returns
   * a numeric (with the second's fraction), so there it is cast to an integer, after FLOOR for
   * seconds, as H2 and MySQL truncate. SQLite has no EXTRACT: {@code strftime} reads the text
   * Tenon stores dates and date-times as, and an {@code Instant} (epoch milliseconds) as UTC.
   */
  static String extract(Dialect dialect, DatePart part, String operand, boolean epochMillis) {
    String standard = "EXTRACT(" + part + " FROM " + operand + ")";
    return switch (dialect) {
      case POSTGRES -> "CAST(" + (part == DatePart.SECOND ? "FLOOR(" + standard + ")" : standard)
          + " AS INTEGER)";
      case SQLITE -> "CAST(strftime('" + strftime(part) + "', "
          + (epochMillis ? operand + " / 1000, 'unixepoch'" : operand) + ") AS INTEGER)";
      default -> standard;
    };
  }

  private static String strftime(DatePart part) {
    return switch (part) {
      case YEAR -> "%Y";
      case MONTH -> "%m";
      case DAY -> "%d";
      case HOUR -> "%H";
      case MINUTE -> "%M";
      case SECOND -> "%S";
    };
  }

  /**
   * The locking clause of {@code @Select(lock = …)}, written last, or null for none. PostgreSQL
   * names the root ({@code FOR UPDATE OF root}): it refuses a plain FOR UPDATE beside an outer
   * join, and the root's rows are what the lock is for. MariaDB has no {@code OF} and no {@code FOR
   * SHARE} ({@code LOCK IN SHARE MODE}, which MySQL 8 also reads); H2 has no shared lock, so there
   * {@code FOR_SHARE} takes the exclusive one. MariaDB also locks the joined rows it reads (H2,
   * tested beside a LEFT JOIN, only the root's). SQLite has no
   * row locks: no clause (a pinned SQLITE DAO is refused a lock at compile time).
   */
  static String lock(Dialect dialect, Lock lock, String root) {
    if (lock == Lock.NONE || dialect == Dialect.SQLITE) {
      return null;
    }
    return switch (dialect) {
      case POSTGRES -> switch (lock) {
        case FOR_UPDATE -> "FOR UPDATE OF " + root;
        case FOR_SHARE -> "FOR SHARE OF " + root;
        default -> "FOR UPDATE OF " + root + " SKIP LOCKED";
      };
      case MYSQL -> switch (lock) {
        case FOR_UPDATE -> "FOR UPDATE";
        case FOR_SHARE -> "LOCK IN SHARE MODE";
        default -> "FOR UPDATE SKIP LOCKED";
      };
      default -> lock == Lock.FOR_UPDATE_SKIP_LOCKED ? "FOR UPDATE SKIP LOCKED" : "FOR UPDATE";
    };
  }
}
