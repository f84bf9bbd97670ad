package dev.tenon.benchmarks;

import dev.tenon.benchmarks.model.LoadedNote;
import dev.tenon.benchmarks.model.SavedNote;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The writes as a careful hand-written JDBC method does them: a prepared statement bound by index,
 * the generated key read by {@code RETURNING} on PostgreSQL and {@code getGeneratedKeys} on H2,
 * and a batch of {@code addBatch}/{@code executeBatch} inside one transaction. It runs Tenon's SQL
 * text ({@code TenonBenchWrites.*_SQL}), so the ratio measures the call, not the statement.
 */
final class HandJdbcWrites {
  private static final String[] ID = {"id"};

  private HandJdbcWrites() {}

  static long add(Connection connection, boolean postgres, LoadedNote note) throws SQLException {
    if (postgres) {
      try (PreparedStatement statement = connection.prepareStatement(TenonBenchWrites.ADD_SQL_POSTGRES)) {
        statement.setString(1, note.text());
        statement.setLong(2, note.bookId());
        statement.setLong(3, note.userId());
        try (ResultSet key = statement.executeQuery()) {
          key.next();
          return key.getLong(1);
        }
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(TenonBenchWrites.ADD_SQL_H2, ID)) {
      statement.setString(1, note.text());
      statement.setLong(2, note.bookId());
      statement.setLong(3, note.userId());
      statement.executeUpdate();
      try (ResultSet key = statement.getGeneratedKeys()) {
        key.next();
        return key.getLong(1);
      }
    }
  }

  static int save(Connection connection, SavedNote note) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(TenonBenchWrites.SAVE_SQL)) {
      statement.setString(1, note.text());
      statement.setLong(2, note.bookId());
      statement.setLong(3, note.userId());
      statement.setLong(4, note.id());
      statement.setInt(5, note.version());
      return statement.executeUpdate();
    }
  }

  static int put(Connection connection, boolean postgres, SavedNote note) throws SQLException {
    String sql = postgres ? TenonBenchWrites.PUT_SQL_POSTGRES : TenonBenchWrites.PUT_SQL_H2;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, note.text());
      statement.setLong(2, note.bookId());
      statement.setLong(3, note.userId());
      statement.setInt(4, note.version());
      return Math.min(statement.executeUpdate(), 1);
    }
  }

  /**
   * The batch: one {@code executeBatch} per {@code chunk} rows, all in one transaction; returns the
   * rows inserted.
   */
  static int addAll(Connection connection, List<LoadedNote> notes, int chunk) throws SQLException {
    connection.setAutoCommit(false);
    try {
      int total = addAllInTransaction(connection, notes, chunk);
      connection.commit();
      return total;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** The batch's statements alone, in the caller's transaction. */
  static int addAllInTransaction(Connection connection, List<LoadedNote> notes, int chunk)
      throws SQLException {
    int total = 0;
    try (PreparedStatement statement = connection.prepareStatement(TenonBenchWrites.ADD_ALL_SQL)) {
      int pending = 0;
      for (LoadedNote note : notes) {
        statement.setString(1, note.text());
        statement.setLong(2, note.bookId());
        statement.setLong(3, note.userId());
        statement.addBatch();
        if (++pending == chunk) {
          total += counted(statement.executeBatch());
          pending = 0;
        }
      }
      if (pending > 0) {
        total += counted(statement.executeBatch());
      }
    }
    return total;
  }

  /** Sums a batch's counts; a driver that ran a row without counting it says SUCCESS_NO_INFO. */
  static int counted(int[] counts) {
    int total = 0;
    for (int count : counts) {
      total += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : count;
    }
    return total;
  }
}
