package dev.tenon.processor.sql;

import dev.tenon.Dialect;
import java.util.Set;

/**
 * Writes identifiers as declared and unquoted, so the SQL finds tables created the usual way on
 * databases that fold case either way. Only a word the dialect reserves, or a name that is not a
 * plain lowercase identifier, is quoted, in the dialect's way.
 */
public final class Identifiers {
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

  /**
   * MySQL 8 reserved words (manual, "Keywords and Reserved Words", those marked R) and MariaDB
   * 10.11's, checked by naming a table, a column and an alias with each word on MariaDB. Words
   * that are only keywords there, such as {@code user}, {@code name} and {@code text}, stay
   * unquoted. Quoting more than needed is harmless on MySQL: backticks do not change how table
   * names match case.
   */
  private static final Set<String> MYSQL =
      Set.of(
          "accessible", "add", "all", "alter", "analyze", "and", "as", "asc", "asensitive",
          "before", "between", "bigint", "binary", "blob", "both", "by", "call", "cascade", "case",
          "cast", "change", "char", "character", "check", "collate", "column", "condition",
          "constraint", "continue", "convert", "count", "create", "cross", "cube", "cume_dist",
          "current_date", "current_role", "current_time", "current_timestamp", "current_user",
          "cursor", "database", "databases", "day_hour", "day_microsecond", "day_minute",
          "day_second", "dec", "decimal", "declare", "default", "delayed", "delete",
          "delete_domain_id", "dense_rank", "desc", "describe", "deterministic", "distinct",
          "distinctrow", "div", "do_domain_ids", "double", "drop", "dual", "each", "else", "elseif",
          "empty", "enclosed", "escaped", "except", "exists", "exit", "explain", "false", "fetch",
          "first_value", "float", "float4", "float8", "for", "force", "foreign", "from", "fulltext",
          "function", "generated", "get", "grant", "group", "grouping", "groups", "having",
          "high_priority", "hour_microsecond", "hour_minute", "hour_second", "if", "ignore",
          "ignore_domain_ids", "in", "index", "infile", "inner", "inout", "insensitive", "insert",
          "int", "int1", "int2", "int3", "int4", "int8", "integer", "intersect", "interval", "into",
          "io_after_gtids", "io_before_gtids", "is", "iterate", "join", "json_table", "key", "keys",
          "kill", "lag", "last_value", "lateral", "lead", "leading", "leave", "left", "like",
          "limit", "linear", "lines", "load", "localtime", "localtimestamp", "lock", "long",
          "longblob", "longtext", "loop", "low_priority", "master_bind",
          "master_ssl_verify_server_cert", "match", "max", "maxvalue", "mediumblob", "mediumint",
          "mediumtext", "middleint", "min", "minute_microsecond", "minute_second", "mod",
          "modifies", "natural", "no_write_to_binlog", "not", "nth_value", "ntile", "null",
          "numeric", "of", "offset", "on", "optimize", "optimizer_costs", "option", "optionally",
          "or", "order", "out", "outer", "outfile", "over", "page_checksum", "parse_vcol_expr",
          "partition", "percent_rank", "position", "precision", "primary", "procedure", "purge",
          "range", "rank", "read", "read_write", "reads", "real", "recursive", "ref_system_id",
          "references", "regexp", "release", "rename", "repeat", "replace", "require", "resignal",
          "restrict", "return", "returning", "revoke", "right", "rlike", "row", "row_number",
          "rows", "schema", "schemas", "second_microsecond", "select", "sensitive", "separator",
          "set", "show", "signal", "smallint", "spatial", "specific", "sql", "sql_big_result",
          "sql_calc_found_rows", "sql_small_result", "sqlexception", "sqlstate", "sqlwarning",
          "ssl", "starting", "stats_auto_recalc", "stats_persistent", "stats_sample_pages",
          "stored", "straight_join", "sum", "system", "table", "terminated", "then", "tinyblob",
          "tinyint", "tinytext", "to", "trailing", "trigger", "true", "undo", "union", "unique",
          "unlock", "unsigned", "update", "usage", "use", "using", "utc_date", "utc_time",
          "utc_timestamp", "values", "varbinary", "varchar", "varcharacter", "varying", "virtual",
          "when", "where", "while", "window", "with", "write", "xor", "year_month", "zerofill");

  /**
   * SQLite's keywords (documentation, "SQLite Keywords"; {@code sqlite3_keyword_count()} is 147 in
   * 3.50), all quoted because SQLite accepts only some of them as names and only in some places,
   * plus {@code true} and {@code false}, which SQLite treats as names a column can capture.
   * Quoting is harmless there: quoted names match case-insensitively like plain ones.
   */
  private static final Set<String> SQLITE =
      Set.of(
          "abort", "action", "add", "after", "all", "alter", "always", "analyze", "and", "as",
          "asc", "attach", "autoincrement", "before", "begin", "between", "by", "cascade", "case",
          "cast", "check", "collate", "column", "commit", "conflict", "constraint", "create",
          "cross", "current", "current_date", "current_time", "current_timestamp", "database",
          "default", "deferrable", "deferred", "delete", "desc", "detach", "distinct", "do", "drop",
          "each", "else", "end", "escape", "except", "exclude", "exclusive", "exists", "explain",
          "fail", "false", "filter", "first", "following", "for", "foreign", "from", "full",
          "generated", "glob", "group", "groups", "having", "if", "ignore", "immediate", "in",
          "index", "indexed", "initially", "inner", "insert", "instead", "intersect", "into", "is",
          "isnull", "join", "key", "last", "left", "like", "limit", "match", "materialized",
          "natural", "no", "not", "nothing", "notnull", "null", "nulls", "of", "offset", "on", "or",
          "order", "others", "outer", "over", "partition", "plan", "pragma", "preceding", "primary",
          "query", "raise", "range", "recursive", "references", "regexp", "reindex", "release",
          "rename", "replace", "restrict", "returning", "right", "rollback", "row", "rows",
          "savepoint", "select", "set", "table", "temp", "temporary", "then", "ties", "to",
          "transaction", "trigger", "true", "unbounded", "union", "unique", "update", "using",
          "vacuum", "values", "view", "virtual", "when", "where", "window", "with", "without");

  /** The identifier as the dialect must see it: backticks on MySQL, double quotes elsewhere. */
  public static String quote(Dialect dialect, String name) {
    if (isPlain(name) && !reserved(dialect).contains(name)) {
      return name;
    }
    if (dialect == Dialect.MYSQL) {
      return "`" + name.replace("`", "``") + "`";
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
      case MYSQL -> MYSQL;
      case SQLITE -> SQLITE;
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
