package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.Page;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.util.List;

/**
 * Every combination of two optional filters, on every database. Expected answers by hand-written
 * SQL on PostgreSQL, e.g. {@code SELECT id FROM book b WHERE lower(name) LIKE '%u%' AND EXISTS
 * (SELECT 1 FROM book_note n WHERE n.book_id = b.id AND n.user_id = 4)} → 3.
 */
class BookFiltersTest {

  private static List<Long> ids(List<Book> books) {
    return books.stream().map(Book::id).toList();
  }

  @OnEachDatabase
  void everyCombinationOfTwoOptionalFilters(TestDatabase database) {
    BookFilters filters = database.onDemand(BookFilters.class);

    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids(filters.find(null, null)), "neither");
    assertEquals(List.of(1L, 3L, 5L), ids(filters.find("U", null)), "name only");
    assertEquals(List.of(2L, 3L), ids(filters.find(null, 4L)), "noted by Dana only");
    assertEquals(List.of(3L), ids(filters.find("u", 4L)), "both");
    assertEquals(List.of(), ids(filters.find("u", 5L)), "Eve noted nothing");
  }

  @OnEachDatabase
  void aHostileFilterIsJustText(TestDatabase database) {
    BookFilters filters = database.onDemand(BookFilters.class);

    assertEquals(List.of(), ids(filters.find("'; DROP TABLE book; --", null)));
    assertEquals(List.of(), ids(filters.find("%", 1L)));
    assertEquals(List.of(5L), ids(filters.find("'s t", null)), "Gulliver's Travels");
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids(filters.find("", null)));
  }

  @OnEachDatabase
  void anOptionalFilterInAPageAndItsTotal(TestDatabase database) {
    BookFilters filters = database.onDemand(BookFilters.class);

    assertEquals(
        new Page<>(List.of(new Book(1, "Dune"), new Book(2, "Emma")), 5), filters.page(null, 2));
    assertEquals(
        new Page<>(List.of(new Book(2, "Emma"), new Book(3, "Ulysses")), 4), filters.page(1L, 2));
  }
}
