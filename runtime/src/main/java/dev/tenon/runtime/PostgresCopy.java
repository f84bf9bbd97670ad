package dev.tenon.runtime;

import java.math.BigDecimal;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL batch insert that needs nothing back (no keys, no upsert, a count at most) sent as
 * {@code COPY … FROM STDIN} through pgjdbc's {@code CopyManager} instead of a JDBC batch: measured
 * 3-4× the rows/s of the batch for 10,000 rows (benchmarks/README.md, "Batch strategies").
 *
 * <p>Used only when all of these hold, else the caller runs its JDBC batch as before:
 * <ul>
 *   <li>pgjdbc is visible to Tenon's class loader (the runtime does not depend on it) and the
 *       handle's connection unwraps to {@code org.postgresql.PGConnection};
 *   <li>the statement is a plain {@code INSERT INTO t (c, …) VALUES (?, …)}, one {@code ?} per
 *       column, as the processor writes it for an entity insert;
 *   <li>the batch has at least {@link #MIN_ROWS} rows;
 *   <li>every value the row binder sets is a text, an integer, a boolean, a {@code BigDecimal},
 *       a floating-point number, a UUID or a NULL. Any other setter (dates, bytes, arrays…) makes
 *       the whole batch go the JDBC way; that is decided before anything is sent.
 * </ul>
 *
 * <p>Rows go in COPY's text format, every value escaped as its documentation says: backslash,
 * tab, newline and carriage return as {@code \\}, {@code \t}, {@code \n}, {@code \r}, NULL as
 * {@code \N}; after escaping, no value can end a row, end the data ({@code \.}) or read as NULL.
 * The server converts each value as it would a quoted literal of the column's type. COPY fires
 * triggers and checks constraints like INSERT, but does not apply rules ({@code CREATE RULE}).
 *
 * <p>The whole batch is encoded before COPY starts (about the size of its text in UTF-8): a value
 * that cannot go may sit in any row (a date column that is null in the first rows), and once COPY
 * has begun there is no falling back to the batch inside the same transaction.
 */
final class PostgresCopy {
  /** Below this, a JDBC batch's single round trip is no slower; COPY needs two. */
  static final int MIN_ROWS = 100;
  /** COPY data goes to the server in pieces of about this many bytes. */
  private static final int PIECE = 64 * 1024;
  private static final Pattern PLAIN_INSERT =
      Pattern.compile("INSERT INTO ([A-Za-z0-9_.\"]+) \\(([^()]*)\\)\\s+VALUES \\(([?, ]*)\\)");
  private static final boolean PGJDBC = visible("org.postgresql.PGConnection");

  private PostgresCopy() {}

  /** The COPY statement for a plain insert and its column count. */
  record Plan(String sql, int columns) {}

  /** {@code COPY t (c, …) FROM STDIN} for a plain insert of one {@code ?} per column, or null. */
  static Plan plan(String insertSql) {
    Matcher plain = PLAIN_INSERT.matcher(insertSql);
    if (!plain.matches()) {
      return null;
    }
    int columns = plain.group(2).split(",").length;
    long marks = plain.group(3).chars().filter(c -> c == '?').count();
    if (marks != columns) {
      return null;
    }
    return new Plan("COPY " + plain.group(1) + " (" + plain.group(2) + ") FROM STDIN", columns);
  }

  /**
   * Copies {@code rows} and returns how many the server stored, or -1 when COPY does not apply (see
   * the class comment); nothing has been sent then.
   */
  static <E> long tryCopy(
      Connection connection, String insertSql, List<E> rows, RowBinder<? super E> binder,
      dev.tenon.Dialect dialect) throws SQLException {
    if (!PGJDBC || rows.size() < MIN_ROWS) {
      return -1;
    }
    Plan plan = plan(insertSql);
    if (plan == null || !PgjdbcCopy.applies(connection)) {
      return -1;
    }
    List<byte[]> data = encode(rows, binder, dialect, plan.columns());
    if (data == null) {
      return -1;
    }
    return PgjdbcCopy.copyIn(connection, plan.sql(), data);
  }

  /** Every row in COPY text format, in pieces of about {@value #PIECE} bytes; null if a value cannot go. */
  static <E> List<byte[]> encode(
      List<E> rows, RowBinder<? super E> binder, dev.tenon.Dialect dialect, int columns)
      throws SQLException {
    Capture capture = new Capture();
    PreparedStatement statement =
        (PreparedStatement)
            Proxy.newProxyInstance(
                PostgresCopy.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, capture);
    List<byte[]> pieces = new ArrayList<>();
    StringBuilder text = new StringBuilder(PIECE + 1024);
    for (E row : rows) {
      capture.clear();
      binder.bind(statement, dialect, row);
      if (capture.unsupported || capture.values.size() != columns) {
        return null;
      }
      for (int i = 0; i < capture.values.size(); i++) {
        if (i > 0) {
          text.append('\t');
        }
        String value = capture.values.get(i);
        if (value == null) {
          text.append("\\N");
        } else {
          escape(text, value);
        }
      }
      text.append('\n');
      if (text.length() >= PIECE) {
        pieces.add(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
      }
    }
    if (text.length() > 0) {
      pieces.add(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    return pieces;
  }

  static void escape(StringBuilder to, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> to.append("\\\\");
        case '\t' -> to.append("\\t");
        case '\n' -> to.append("\\n");
        case '\r' -> to.append("\\r");
        default -> to.append(c);
      }
    }
  }

  /**
   * Stands in for the prepared statement while a row binder runs: records each value as COPY text
   * by its index, and notes any setter it cannot translate exactly.
   */
  private static final class Capture implements InvocationHandler {
    final List<String> values = new ArrayList<>();
    boolean unsupported;

    void clear() {
      values.clear();
      unsupported = false;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
      String name = method.getName();
      if (args == null || args.length < 2 || !(args[0] instanceof Integer index) || !name.startsWith("set")) {
        unsupported = true;
        return null;
      }
      Object value = args[1];
      String text;
      switch (name) {
        case "setNull" -> text = null;
        case "setString" -> text = (String) value;
        case "setLong", "setInt", "setShort", "setByte" -> text = value.toString();
        case "setBoolean" -> text = ((Boolean) value) ? "t" : "f";
        case "setDouble", "setFloat" -> text = value.toString(); // shortest text that reads back exactly
        case "setBigDecimal" -> text = value == null ? null : ((BigDecimal) value).toString();
        case "setObject" -> {
          if (args.length != 2 || !(value == null || value instanceof UUID)) {
            unsupported = true;
            return null;
          }
          text = value == null ? null : value.toString();
        }
        default -> {
          unsupported = true;
          return null;
        }
      }
      while (values.size() < index) {
        values.add(null);
      }
      values.set(index - 1, text);
      return null;
    }
  }

  private static boolean visible(String name) {
    try {
      Class.forName(name, false, PostgresCopy.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
