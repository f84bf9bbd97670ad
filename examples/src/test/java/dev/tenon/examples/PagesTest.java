package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.Page;
import dev.tenon.examples.Pages.BookWithNotes;
import dev.tenon.examples.model.AppUser;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.BookNote;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.util.List;

/**
 * Pages and their totals on every database. Expected totals by hand-written SQL on PostgreSQL:
 * {@code SELECT count(*) FROM book WHERE name LIKE '%a%'} → 3 (Emma, Walden, Gulliver's
 * Travels; no name has a capital A, so case-insensitive LIKE agrees), {@code SELECT count(DISTINCT user_id) FROM book_note} → 3, {@code SELECT count(DISTINCT
 * currency) FROM sale} → 3.
 */
class PagesTest {
  private static final Book DUNE = new Book(1, "Dune");
  private static final Book EMMA = new Book(2, "Emma");
  private static final Book ULYSSES = new Book(3, "Ulysses");
  private static final Book WALDEN = new Book(4, "Walden");
  private static final Book GULLIVER = new Book(5, "Gulliver's Travels");

  @OnEachDatabase
  void pagesCarryTheTotalAlsoPastTheEnd(TestDatabase database) {
    Pages pages = database.onDemand(Pages.class);

    assertEquals(new Page<>(List.of(DUNE, EMMA), 5), pages.books("%", 2, 0));
    assertEquals(new Page<>(List.of(GULLIVER), 5), pages.books("%", 2, 4), "the last page");
    assertEquals(new Page<>(List.of(), 5), pages.books("%", 2, 10), "beyond the end");
    assertEquals(new Page<>(List.of(EMMA, WALDEN), 3), pages.books("%a%", 2, 0));
    assertEquals(new Page<>(List.of(), 0), pages.books("'; DROP TABLE book; --", 2, 0));
  }

  @OnEachDatabase
  void aBatchedCollectionDoesNotChangeTheCount(TestDatabase database) {
    Pages pages = database.onDemand(Pages.class);

    assertEquals(
        new Page<>(
            List.of(
                new BookWithNotes(ULYSSES, List.of(
                    new BookNote(4, "Reread every winter", 3, 1), new BookNote(5, "Too long", 3, 4))),
                new BookWithNotes(WALDEN, List.of())),
            5),
        pages.booksWithNotes(2, 2));
    assertEquals(new Page<>(List.of(), 5), pages.booksWithNotes(2, 6));
  }

  @OnEachDatabase
  void distinctAndGroupedPagesCountTheirRows(TestDatabase database) {
    Pages pages = database.onDemand(Pages.class);

    assertEquals(
        new Page<>(List.of(new AppUser(1, "Ada"), new AppUser(2, "O'Brien")), 3),
        pages.writers(2));
    assertEquals(new Page<>(List.of("EUR", "GBP"), 3), pages.currencies(2, 0));
    assertEquals(new Page<>(List.of("USD"), 3), pages.currencies(2, 2));
  }
}
