package dev.tenon.benchmarks;

import dev.tenon.benchmarks.BenchQueries.AssetWithCount;
import dev.tenon.benchmarks.BenchQueries.BookWithNote;
import dev.tenon.benchmarks.BenchQueries.BookWithNotes;
import dev.tenon.benchmarks.model.Asset;
import dev.tenon.benchmarks.model.Book;
import dev.tenon.benchmarks.model.BookNote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * JDBI's fluent API the way its documentation shows: named parameters, reflective {@link
 * ConstructorMapper}s registered per entity with a column prefix, a {@code RowView} to put a row's
 * entities together, and {@code reduceRows} to fold a to-many join.
 */
final class JdbiFluent {
  private JdbiFluent() {}

  /** Registers the reflective mappers; {@code BookNote}'s id is {@code @PropagateNull}. */
  static Jdbi configure(Jdbi jdbi) {
    return jdbi.registerRowMapper(ConstructorMapper.factory(Book.class, "b"))
        .registerRowMapper(ConstructorMapper.factory(BookNote.class, "n"))
        .registerRowMapper(ConstructorMapper.factory(Asset.class, "a"));
  }

  static BookWithNote lookup(Handle handle, long userId, long bookId) {
    return handle
        .createQuery(JdbiSql.LOOKUP)
        .bind("userId", userId)
        .bind("bookId", bookId)
        .map(row -> new BookWithNote(row.getRow(Book.class), row.getRow(BookNote.class)))
        .findOne()
        .orElse(null);
  }

  static List<BookWithNote> page(Handle handle, long userId, long after, int limit) {
    return handle
        .createQuery(JdbiSql.PAGE)
        .bind("userId", userId)
        .bind("after", after)
        .bind("limit", limit)
        .map(row -> new BookWithNote(row.getRow(Book.class), row.getRow(BookNote.class)))
        .list();
  }

  static List<BookWithNotes> withNotes(Handle handle, long after, long upTo) {
    return handle
        .createQuery(JdbiSql.WITH_NOTES)
        .bind("after", after)
        .bind("upTo", upTo)
        .reduceRows(
            new LinkedHashMap<Long, BookWithNotes>(),
            (Map<Long, BookWithNotes> books, org.jdbi.v3.core.result.RowView row) -> {
              BookWithNotes book =
                  books.computeIfAbsent(
                      row.getColumn("b_id", Long.class),
                      id -> new BookWithNotes(row.getRow(Book.class), new ArrayList<>()));
              BookNote note = row.getRow(BookNote.class);
              if (note != null) {
                book.notes().add(note);
              }
              return books;
            })
        .values()
        .stream()
        .toList();
  }

  static List<AssetWithCount> savedCounts(Handle handle, long deviceId, long after, long upTo) {
    return handle
        .createQuery(JdbiSql.SAVED_COUNTS)
        .bind("deviceId", deviceId)
        .bind("after", after)
        .bind("upTo", upTo)
        .map(row -> new AssetWithCount(row.getRow(Asset.class), row.getColumn("saved", Long.class)))
        .list();
  }
}
