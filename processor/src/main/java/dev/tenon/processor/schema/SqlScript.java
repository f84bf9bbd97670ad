package dev.tenon.processor.schema;

import dev.tenon.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a migration file into statements, each with the line it starts on, the way the database's
 * own client would: semicolons inside quotes, comments, PostgreSQL dollar quotes ({@code $$ … $$},
 * {@code $body$ … $body$}), trigger and procedure bodies ({@code BEGIN … END;}) and MySQL's
 * {@code DELIMITER} lines do not end a statement. Comments are dropped from the text. Never fails:
 * an unterminated quote just ends the file's last statement, which the reader then warns about.
 */
final class SqlScript {
  /** One statement, without its terminator. {@code line} is 1-based. */
  record Statement(String text, int line) {}

  private final String sql;
  private final Dialect dialect;
  private final List<Statement> statements = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int position;
  private int line = 1;
  private int startLine = -1;
  private String delimiter = ";";

  private SqlScript(String sql, Dialect dialect) {
    this.sql = sql;
    this.dialect = dialect;
  }

  static List<Statement> split(String sql, Dialect dialect) {
    SqlScript script = new SqlScript(sql, dialect);
    script.run();
    return script.statements;
  }

  private void run() {
    while (position < sql.length()) {
      char c = sql.charAt(position);
      if (current.toString().isBlank() && atLineStart() && startsWithWord("DELIMITER")) {
        readDelimiterLine();
      } else if (c == '-' && peek(1) == '-' || c == '#' && dialect == Dialect.MYSQL) {
        skipToLineEnd();
      } else if (c == '/' && peek(1) == '*') {
        skipBlockComment();
      } else if (c == '\'' || c == '"' || c == '`' || c == '[' && dialect == Dialect.SQLITE) {
        copyQuoted(c == '[' ? ']' : c);
      } else if (c == '$' && dialect != Dialect.MYSQL && dollarTag() != null) {
        copyDollarQuoted(dollarTag());
      } else if (sql.startsWith(delimiter, position) && !insideBody()) {
        position += delimiter.length();
        finish();
      } else {
        append(c);
        position++;
      }
    }
    finish();
  }

  private void finish() {
    String text = current.toString().strip();
    if (!text.isEmpty()) {
      statements.add(new Statement(text, startLine));
    }
    current.setLength(0);
    startLine = -1;
  }

  private void append(char c) {
    if (startLine < 0 && !Character.isWhitespace(c)) {
      startLine = line;
    }
    if (c == '\n') {
      line++;
    }
    current.append(c);
  }

  private char peek(int ahead) {
    int at = position + ahead;
    return at < sql.length() ? sql.charAt(at) : '\0';
  }

  private boolean atLineStart() {
    int at = position - 1;
    while (at >= 0 && (sql.charAt(at) == ' ' || sql.charAt(at) == '\t')) {
      at--;
    }
    return at < 0 || sql.charAt(at) == '\n';
  }

  private boolean startsWithWord(String word) {
    return sql.regionMatches(true, position, word, 0, word.length())
        && !Character.isLetterOrDigit(peek(word.length()));
  }

  private void readDelimiterLine() {
    int end = sql.indexOf('\n', position);
    String rest = sql.substring(position + "DELIMITER".length(), end < 0 ? sql.length() : end).strip();
    if (!rest.isEmpty()) {
      delimiter = rest;
    }
    position = end < 0 ? sql.length() : end;
  }

  private void skipToLineEnd() {
    while (position < sql.length() && sql.charAt(position) != '\n') {
      position++;
    }
  }

  private void skipBlockComment() {
    int end = sql.indexOf("*/", position + 2);
    int stop = end < 0 ? sql.length() : end + 2;
    for (int i = position; i < stop; i++) {
      if (sql.charAt(i) == '\n') {
        line++;
      }
    }
    position = stop;
    append(' ');
  }

  private void copyQuoted(char close) {
    append(sql.charAt(position++));
    while (position < sql.length()) {
      char c = sql.charAt(position);
      if (c == '\\' && close == '\'' && dialect == Dialect.MYSQL && position + 1 < sql.length()) {
        append(c);
        append(sql.charAt(position + 1));
        position += 2;
        continue;
      }
      append(c);
      position++;
      if (c == close) {
        if (peek(0) == close && close != ']') {
          append(close); // a doubled quote stands for itself
          position++;
        } else {
          return;
        }
      }
    }
  }

  /** The dollar-quote tag starting here ({@code $$} or {@code $name$}), or null. */
  private String dollarTag() {
    if (position > 0 && Character.isLetterOrDigit(sql.charAt(position - 1))) {
      return null;
    }
    int at = position + 1;
    while (at < sql.length() && (Character.isLetterOrDigit(sql.charAt(at)) || sql.charAt(at) == '_')) {
      at++;
    }
    if (at < sql.length() && sql.charAt(at) == '$' && !Character.isDigit(peek(1))) {
      return sql.substring(position, at + 1);
    }
    return null;
  }

  private void copyDollarQuoted(String tag) {
    int end = sql.indexOf(tag, position + tag.length());
    int stop = end < 0 ? sql.length() : end + tag.length();
    while (position < stop) {
      append(sql.charAt(position++));
    }
  }

  /**
   * Whether a {@code ;} here is inside the body of a trigger, procedure or function written
   * without dollar quotes ({@code BEGIN … END}, SQLite and MySQL): counts BEGIN and CASE against
   * END, ignoring {@code END IF}/{@code END LOOP}/{@code END WHILE}/{@code END REPEAT}.
   */
  private boolean insideBody() {
    if (!delimiter.equals(";")) {
      return false;
    }
    String text = current.toString().toUpperCase(Locale.ROOT);
    if (!text.stripLeading().startsWith("CREATE") || !text.matches("(?s)\\s*CREATE\\b.*\\bBEGIN\\b.*")) {
      return false;
    }
    String[] words = text.split("[^A-Z0-9_]+");
    int depth = 0;
    for (int i = 0; i < words.length; i++) {
      switch (words[i]) {
        case "BEGIN", "CASE" -> depth++;
        case "END" -> {
          String next = i + 1 < words.length ? words[i + 1] : "";
          if (!next.equals("IF") && !next.equals("LOOP") && !next.equals("WHILE")
              && !next.equals("REPEAT")) {
            depth--;
          }
        }
        default -> {}
      }
    }
    return depth > 0;
  }
}
