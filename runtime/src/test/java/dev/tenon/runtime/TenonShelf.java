package dev.tenon.runtime;

import dev.tenon.Dialect;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Written the way the processor writes DAO classes, so the runtime contract (factory field, session
 * calls, row readers) is tested without the processor.
 */
public final class TenonShelf implements Shelf {
  public static final Function<Handle, Shelf> TENON_FACTORY = TenonShelf::new;

  static final Query ALL = Query.of("Shelf.all", "SELECT id, name FROM book ORDER BY id", Dialect.H2);
  static final Query BY_NAME =
      Query.of("Shelf.byName", "SELECT id, name FROM book WHERE name = ?", Dialect.H2);
  static final Query FAILING =
      Query.of("Shelf.failing", "SELECT id, name FROM book ORDER BY id", Dialect.H2);
  static final Query ONLY_POSTGRES =
      Query.of("Shelf.onlyPostgres", "SELECT 1", Dialect.POSTGRES);

  private final DaoSession session;
  private final Handle handle;

  public TenonShelf(Jdbi jdbi) {
    this.session = DaoSession.of(jdbi, Dialect.AUTO);
    this.handle = null;
  }

  public TenonShelf(Handle handle) {
    this.session = DaoSession.of(handle, Dialect.AUTO);
    this.handle = handle;
  }

  @Override
  public List<Book> all() {
    return session.list(ALL, Binder.NONE, TenonShelf::readBook);
  }

  @Override
  public Book byName(String name) {
    return session.single(BY_NAME, (statement, dialect) -> statement.setString(1, name), TenonShelf::readBook);
  }

  @Override
  public Optional<Book> findByName(String name) {
    return session.optional(BY_NAME, (statement, dialect) -> statement.setString(1, name), TenonShelf::readBook);
  }

  @Override
  public java.util.stream.Stream<Book> stream() {
    return session.stream(ALL, Binder.NONE, TenonShelf::readBook);
  }

  @Override
  public List<Book> failing() {
    return session.list(
        FAILING,
        Binder.NONE,
        row -> {
          throw new IllegalStateException("mapping failed at row " + row.getLong(1));
        });
  }

  @Override
  public void insert(long id, String name) {
    try (var statement =
        handle.getConnection().prepareStatement("INSERT INTO book (id, name) VALUES (?, ?)")) {
      statement.setLong(1, id);
      statement.setString(2, name);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Book readBook(java.sql.ResultSet row) throws SQLException {
    return new Book(row.getLong(1), row.getString(2));
  }
}
