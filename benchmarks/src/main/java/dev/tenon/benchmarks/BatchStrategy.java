package dev.tenon.benchmarks;

import dev.tenon.benchmarks.model.LoadedNote;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The ways to put a batch of rows into {@code loaded_note} that {@link BatchStrategyBenchmark}
 * measures, all in one transaction the caller opened: plain JDBC batches of a given chunk size,
 * multi-row {@code INSERT … VALUES (…), (…)} statements of a fixed row count (the shape a
 * processor could build at compile time), and PostgreSQL's {@code COPY … FROM STDIN} in text and
 * binary format through pgjdbc's {@code CopyManager}. Each returns the rows it inserted.
 */
final class BatchStrategy {
  private static final String INSERT = "INSERT INTO loaded_note (text, book_id, user_id) VALUES ";
  private static final String COPY = "COPY loaded_note (text, book_id, user_id) FROM STDIN";
  /** COPY data goes to the server in pieces of about this many bytes. */
  private static final int COPY_BUFFER = 64 * 1024;

  private BatchStrategy() {}

  /** {@code addBatch} per row, {@code executeBatch} per {@code chunk} rows. */
  static int batch(Connection connection, List<LoadedNote> rows, int chunk) throws SQLException {
    return HandJdbcWrites.addAllInTransaction(connection, rows, chunk);
  }

  /**
   * One statement of {@code perStatement} rows ({@code 3 × perStatement} parameters), run as a JDBC
   * batch of such statements, 1,000 rows per {@code executeBatch}; a remainder goes as a statement
   * of its own size.
   */
  static int values(Connection connection, List<LoadedNote> rows, int perStatement) throws SQLException {
    int total = 0;
    int whole = rows.size() / perStatement * perStatement;
    int statementsPerBatch = Math.max(1, 1_000 / perStatement);
    try (PreparedStatement statement = connection.prepareStatement(valuesSql(perStatement))) {
      int pending = 0;
      for (int from = 0; from < whole; from += perStatement) {
        for (int i = 0; i < perStatement; i++) {
          bind(statement, 3 * i, rows.get(from + i));
        }
        statement.addBatch();
        if (++pending == statementsPerBatch) {
          total += perStatement * statement.executeBatch().length;
          pending = 0;
        }
      }
      if (pending > 0) {
        total += perStatement * statement.executeBatch().length;
      }
    }
    if (whole < rows.size()) {
      try (PreparedStatement rest = connection.prepareStatement(valuesSql(rows.size() - whole))) {
        for (int i = whole; i < rows.size(); i++) {
          bind(rest, 3 * (i - whole), rows.get(i));
        }
        total += rest.executeUpdate();
      }
    }
    return total;
  }

  static String valuesSql(int rows) {
    StringBuilder sql = new StringBuilder(INSERT.length() + rows * 11).append(INSERT);
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
    }
    return sql.toString();
  }

  private static void bind(PreparedStatement statement, int offset, LoadedNote row) throws SQLException {
    statement.setString(offset + 1, row.text());
    statement.setLong(offset + 2, row.bookId());
    statement.setLong(offset + 3, row.userId());
  }

  /**
   * {@code COPY … FROM STDIN} in text format: tab-separated, one line per row, with backslash,
   * tab, newline and carriage return escaped ({@code \N} would be NULL; no column here is
   * nullable).
   */
  static int copyText(Connection connection, List<LoadedNote> rows) throws SQLException {
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
    try {
      StringBuilder text = new StringBuilder(COPY_BUFFER + 1024);
      for (LoadedNote row : rows) {
        escape(text, row.text());
        text.append('\t').append(row.bookId()).append('\t').append(row.userId()).append('\n');
        if (text.length() >= COPY_BUFFER) {
          byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
          copy.writeToCopy(bytes, 0, bytes.length);
          text.setLength(0);
        }
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      return Math.toIntExact(copy.endCopy());
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  private static void escape(StringBuilder to, String value) {
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
   * {@code COPY … FROM STDIN (FORMAT binary)}: a header, then per row the field count and each
   * field as its length and its bytes (text as UTF-8, {@code bigint} as 8 bytes big-endian), then
   * -1. Nothing is escaped, so no value can be misread.
   */
  static int copyBinary(Connection connection, List<LoadedNote> rows) throws SQLException {
    CopyIn copy =
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY + " (FORMAT binary)");
    try {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(COPY_BUFFER + 1024);
      DataOutputStream out = new DataOutputStream(buffer);
      out.writeBytes("PGCOPY\n");
      out.write(0xFF);
      out.writeBytes("\r\n");
      out.write(0);
      out.writeInt(0); // flags
      out.writeInt(0); // header extension length
      for (LoadedNote row : rows) {
        out.writeShort(3);
        byte[] text = row.text().getBytes(StandardCharsets.UTF_8);
        out.writeInt(text.length);
        out.write(text);
        out.writeInt(8);
        out.writeLong(row.bookId());
        out.writeInt(8);
        out.writeLong(row.userId());
        if (buffer.size() >= COPY_BUFFER) {
          copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
          buffer.reset();
        }
      }
      out.writeShort(-1);
      copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
      return Math.toIntExact(copy.endCopy());
    } catch (IOException e) {
      throw new IllegalStateException(e); // a ByteArrayOutputStream does not fail
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }
}
