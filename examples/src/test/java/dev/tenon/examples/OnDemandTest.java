package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.Dao;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Where;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.RecordingJdbi;
import dev.tenon.examples.testing.TestDatabase;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code jdbi.onDemand} hands out the generated class built on the {@code Jdbi}, not JDBI's proxy:
 * a package-private {@code @Dao} (as most application DAOs are) works, a stream from it can be
 * read and owns its handle, and inside {@code jdbi.inTransaction} every call joins that
 * transaction's handle, as JDBI's own on-demand objects do.
 */
class OnDemandTest {
  private static final List<Book> ALL =
      List.of(
          new Book(1, "Dune"),
          new Book(2, "Emma"),
          new Book(3, "Ulysses"),
          new Book(4, "Walden"),
          new Book(5, "Gulliver's Travels"));

  /** Package-private, as JDBI's proxy cannot call: it failed with IllegalAccessException. */
  @Dao
  interface Shelf {
    @Select(from = Book.class)
    @OrderBy("book.id")
    List<Book> all();

    @Select(from = Book.class)
    @Where("book.id = :id")
    Book byId(long id);

    @Select(from = Book.class)
    @OrderBy("book.id")
    Stream<Book> stream();
  }

  @OnEachDatabase
  void aPackagePrivateDaoWorksOnDemand(TestDatabase database) {
    Shelf shelf = database.jdbi().onDemand(Shelf.class);

    assertEquals(ALL, shelf.all());
    assertEquals(ALL.get(3), shelf.byId(4));
    assertFalse(Proxy.isProxyClass(shelf.getClass()), shelf.getClass().getName());
    assertInstanceOf(TenonOnDemandTest_Shelf.class, shelf);
  }

  @OnEachDatabase
  void eachCallOpensAndClosesItsOwnHandle(TestDatabase database) {
    RecordingJdbi recording = new RecordingJdbi(database);
    Shelf shelf = recording.jdbi().onDemand(Shelf.class);

    shelf.all();
    shelf.byId(1);

    assertEquals(2, recording.connections().size());
    assertTrue(recording.connections().stream().allMatch(OnDemandTest::isClosed));
  }

  @OnEachDatabase
  void aStreamOnDemandIsReadAndClosesItsHandle(TestDatabase database) {
    RecordingJdbi recording = new RecordingJdbi(database);

    try (Stream<Book> books = recording.jdbi().onDemand(Shelf.class).stream()) {
      assertEquals(ALL, books.toList());
    }

    assertEquals(1, recording.connections().size());
    assertTrue(isClosed(recording.connections().get(0)));
  }

  @OnEachDatabase
  void insideATransactionEveryCallAndStreamUsesItsHandle(TestDatabase database) {
    RecordingJdbi recording = new RecordingJdbi(database);
    Jdbi jdbi = recording.jdbi();
    Shelf shelf = jdbi.onDemand(Shelf.class);

    long streamed =
        jdbi.inTransaction(
            handle -> {
              assertEquals(ALL, shelf.all());
              try (Stream<Book> books = shelf.stream()) {
                return books.count();
              }
            });

    assertEquals(5, streamed);
    assertEquals(1, recording.connections().size(), "a call left the transaction's handle");
    assertTrue(isClosed(recording.connections().get(0)));
  }

  private static boolean isClosed(Connection connection) {
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
