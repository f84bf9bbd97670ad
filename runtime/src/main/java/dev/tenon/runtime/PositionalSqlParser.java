package dev.tenon.runtime;

import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Tells JDBI where Tenon's SQL has its parameters: at each {@code ?} outside quotes. Tenon's SQL is
 * final, with {@code ?} placeholders only; JDBI's own parsers would also look for {@code :name},
 * and read {@code '\'} (SQLite's {@code ESCAPE '\'}) as an escaped quote, miscounting the rest.
 */
final class PositionalSqlParser implements SqlParser {
  static final PositionalSqlParser INSTANCE = new PositionalSqlParser();

  private PositionalSqlParser() {}

  @Override
  public ParsedSql parse(String sql, StatementContext context) {
    ParsedSql.Builder parsed = ParsedSql.builder();
    int from = 0;
    char quote = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (quote != 0) {
        // A doubled quote inside a literal closes and reopens it: the state ends up the same.
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      } else if (c == '?') {
        parsed.append(sql.substring(from, i)).appendPositionalParameter();
        from = i + 1;
      }
    }
    return parsed.append(sql.substring(from)).build();
  }

  @Override
  public String nameParameter(String rawName, StatementContext context) {
    return "?";
  }
}
