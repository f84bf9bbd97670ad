package dev.tenon.benchmarks;

import dev.tenon.benchmarks.BenchQueries.AssetWithCount;
import dev.tenon.benchmarks.BenchQueries.BookWithNote;
import dev.tenon.benchmarks.BenchQueries.BookWithNotes;
import dev.tenon.benchmarks.model.Asset;
import dev.tenon.benchmarks.model.Book;
import dev.tenon.benchmarks.model.BookNote;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.LinkedHashMapRowReducer;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.UseRowReducer;

/**
 * A JDBI SqlObject the way one is usually written: {@code @SqlQuery} with named parameters and
 * registered row mappers that read by index (no reflection per row), and a row reducer for lists.
 */
public interface JdbiSqlObject {

  @SqlQuery(JdbiSql.LOOKUP)
  @RegisterRowMapper(BookWithNoteMapper.class)
  BookWithNote lookup(@Bind("userId") long userId, @Bind("bookId") long bookId);

  @SqlQuery(JdbiSql.PAGE)
  @RegisterRowMapper(BookWithNoteMapper.class)
  List<BookWithNote> page(
      @Bind("userId") long userId, @Bind("after") long after, @Bind("limit") int limit);

  @SqlQuery(JdbiSql.WITH_NOTES)
  @RegisterRowMapper(BookMapper.class)
  @RegisterRowMapper(BookNoteMapper.class)
  @UseRowReducer(BookWithNotesReducer.class)
  List<BookWithNotes> withNotes(@Bind("after") long after, @Bind("upTo") long upTo);

  @SqlQuery(JdbiSql.SAVED_COUNTS)
  @RegisterRowMapper(AssetWithCountMapper.class)
  List<AssetWithCount> savedCounts(
      @Bind("deviceId") long deviceId, @Bind("after") long after, @Bind("upTo") long upTo);

  /** Columns 1–2. */
  final class BookMapper implements RowMapper<Book> {
    @Override
    public Book map(ResultSet rows, StatementContext context) throws SQLException {
      return new Book(rows.getLong(1), rows.getString(2));
    }
  }

  /** Columns 3–6, or null where the outer join found no note. */
  final class BookNoteMapper implements RowMapper<BookNote> {
    @Override
    public BookNote map(ResultSet rows, StatementContext context) throws SQLException {
      long id = rows.getLong(3);
      return rows.wasNull()
          ? null
          : new BookNote(id, rows.getString(4), rows.getLong(5), rows.getLong(6));
    }
  }

  final class BookWithNoteMapper implements RowMapper<BookWithNote> {
    private final BookMapper books = new BookMapper();
    private final BookNoteMapper notes = new BookNoteMapper();

    @Override
    public BookWithNote map(ResultSet rows, StatementContext context) throws SQLException {
      return new BookWithNote(books.map(rows, context), notes.map(rows, context));
    }
  }

  final class AssetWithCountMapper implements RowMapper<AssetWithCount> {
    @Override
    public AssetWithCount map(ResultSet rows, StatementContext context) throws SQLException {
      return new AssetWithCount(new Asset(rows.getLong(1), rows.getString(2)), rows.getLong(3));
    }
  }

  final class BookWithNotesReducer implements LinkedHashMapRowReducer<Long, BookWithNotes> {
    @Override
    public void accumulate(Map<Long, BookWithNotes> books, RowView row) {
      BookWithNotes book =
          books.computeIfAbsent(
              row.getColumn(1, Long.class),
              id -> new BookWithNotes(row.getRow(Book.class), new ArrayList<>()));
      BookNote note = row.getRow(BookNote.class);
      if (note != null) {
        book.notes().add(note);
      }
    }
  }
}
