package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.examples.BookListings.BookListing;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.Inventory;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.util.List;

/**
 * Scenario 10: counts next to a folded to-many join are not multiplied by it. Expected values from
 * {@code SELECT b.id, (SELECT count(*) FROM book_note n WHERE n.book_id = b.id), (SELECT count(*)
 * FROM inventory i WHERE i.book_id = b.id) FROM book b}; the naive {@code count(n.id)} over both
 * joins gives Dune and Ulysses 4 notes each.
 */
class BookListingsTest {

  private static final Book DUNE = new Book(1, "Dune");
  private static final Book EMMA = new Book(2, "Emma");
  private static final Book ULYSSES = new Book(3, "Ulysses");
  private static final Book WALDEN = new Book(4, "Walden");
  private static final Book GULLIVER = new Book(5, "Gulliver's Travels");

  private static final BookListing DUNE_LISTING =
      new BookListing(DUNE, 2, 2, List.of(new Inventory(1, 1, 1), new Inventory(2, 1, 3)));
  private static final BookListing EMMA_LISTING =
      new BookListing(EMMA, 2, 1, List.of(new Inventory(3, 2, 2)));
  private static final BookListing ULYSSES_LISTING =
      new BookListing(ULYSSES, 2, 2, List.of(new Inventory(4, 3, 4), new Inventory(5, 3, 2)));
  private static final BookListing WALDEN_LISTING =
      new BookListing(WALDEN, 0, 1, List.of(new Inventory(6, 4, 3)));
  private static final BookListing GULLIVER_LISTING =
      new BookListing(GULLIVER, 0, 1, List.of(new Inventory(7, 5, 5)));

  @OnEachDatabase
  void countsNextToAFoldedJoinAreNotMultiplied(TestDatabase database) {
    assertEquals(
        List.of(DUNE_LISTING, EMMA_LISTING, ULYSSES_LISTING, WALDEN_LISTING, GULLIVER_LISTING),
        database.onDemand(BookListings.class).listing(null));
  }

  @OnEachDatabase
  void theOptionalFilterKeepsTheCountsRight(TestDatabase database) {
    BookListings listings = database.onDemand(BookListings.class);

    assertEquals(List.of(ULYSSES_LISTING, GULLIVER_LISTING), listings.listing("%s%"));
    assertEquals(List.of(DUNE_LISTING), listings.listing("Dune"));
    assertEquals(List.of(), listings.listing("Moby Dick"));
  }
}
