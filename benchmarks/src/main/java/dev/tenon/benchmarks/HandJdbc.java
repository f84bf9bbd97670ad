package dev.tenon.benchmarks;

import dev.tenon.benchmarks.BenchQueries.AssetWithCount;
import dev.tenon.benchmarks.BenchQueries.BookWithNote;
import dev.tenon.benchmarks.BenchQueries.BookWithNotes;
import dev.tenon.benchmarks.model.Asset;
import dev.tenon.benchmarks.model.Book;
import dev.tenon.benchmarks.model.BookNote;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The limit: what a careful person writes by hand with plain JDBC on the handle's connection. Same
 * SQL text as Tenon's, prepared per call, bound by index, read by index into the same records.
 */
final class HandJdbc {
  private HandJdbc() {}

  static BookWithNote lookup(Connection connection, long userId, long bookId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(TenonBenchQueries.LOOKUP_SQL)) {
      statement.setLong(1, userId);
      statement.setLong(2, bookId);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? bookWithNote(rows) : null;
      }
    }
  }

  static List<BookWithNote> page(Connection connection, long userId, long after, int limit)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(TenonBenchQueries.PAGE_SQL)) {
      statement.setLong(1, userId);
      statement.setLong(2, after);
      statement.setInt(3, limit);
      try (ResultSet rows = statement.executeQuery()) {
        List<BookWithNote> result = new ArrayList<>();
        while (rows.next()) {
          result.add(bookWithNote(rows));
        }
        return result;
      }
    }
  }

  /** Rows come ordered by book, so a book's notes are the rows until the book id changes. */
  static List<BookWithNotes> withNotes(Connection connection, long after, long upTo)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(TenonBenchQueries.WITH_NOTES_SQL)) {
      statement.setLong(1, after);
      statement.setLong(2, upTo);
      try (ResultSet rows = statement.executeQuery()) {
        List<BookWithNotes> result = new ArrayList<>();
        long current = 0;
        List<BookNote> notes = null;
        while (rows.next()) {
          long bookId = rows.getLong(1);
          if (notes == null || bookId != current) {
            current = bookId;
            notes = new ArrayList<>();
            result.add(new BookWithNotes(new Book(bookId, rows.getString(2)), notes));
          }
          long noteId = rows.getLong(3);
          if (!rows.wasNull()) {
            notes.add(new BookNote(noteId, rows.getString(4), rows.getLong(5), rows.getLong(6)));
          }
        }
        return result;
      }
    }
  }

  static List<AssetWithCount> savedCounts(
      Connection connection, long deviceId, long after, long upTo) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(TenonBenchQueries.SAVED_COUNTS_SQL)) {
      statement.setLong(1, deviceId);
      statement.setLong(2, after);
      statement.setLong(3, upTo);
      try (ResultSet rows = statement.executeQuery()) {
        List<AssetWithCount> result = new ArrayList<>();
        while (rows.next()) {
          result.add(
              new AssetWithCount(new Asset(rows.getLong(1), rows.getString(2)), rows.getLong(3)));
        }
        return result;
      }
    }
  }

  private static BookWithNote bookWithNote(ResultSet rows) throws SQLException {
    Book book = new Book(rows.getLong(1), rows.getString(2));
    long noteId = rows.getLong(3);
    BookNote note =
        rows.wasNull()
            ? null
            : new BookNote(noteId, rows.getString(4), rows.getLong(5), rows.getLong(6));
    return new BookWithNote(book, note);
  }
}
