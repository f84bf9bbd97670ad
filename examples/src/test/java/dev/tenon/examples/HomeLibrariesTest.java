package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.examples.HomeLibraries.HeldBook;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.BookNote;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.util.List;

/** Scenario 9: book → inventory → user → profile, filtered on the last hop. */
class HomeLibrariesTest {

  @OnEachDatabase
  void booksHeldByUsersAtHomeInNorway(TestDatabase database) {
    // Dune is held by two Norwegians (Ada and Chen) and listed once; Walden by Chen.
    assertEquals(
        List.of(new Book(1, "Dune"), new Book(4, "Walden")),
        database.onDemand(HomeLibraries.class).booksHeldByUsersAtHomeIn("Norway"));
  }

  @OnEachDatabase
  void aHolderWithoutProfileDoesNotCount(TestDatabase database) {
    // Ulysses is held by Dana, who has no profile, and by O'Brien, who is at home in Ireland.
    assertEquals(
        List.of(new Book(2, "Emma"), new Book(3, "Ulysses")),
        database.onDemand(HomeLibraries.class).booksHeldByUsersAtHomeIn("Ireland"));
  }

  @OnEachDatabase
  void aCountryWithAQuoteIsJustAValue(TestDatabase database) {
    HomeLibraries libraries = database.onDemand(HomeLibraries.class);

    assertEquals(
        List.of(new Book(5, "Gulliver's Travels")),
        libraries.booksHeldByUsersAtHomeIn("Côte d'Ivoire"));
    assertEquals(List.of(), libraries.booksHeldByUsersAtHomeIn("Peru"));
  }

  /**
   * Issue 11, joins in the order written: the LEFT JOIN's {@code on} names the INNER JOIN above
   * it. By hand: {@code SELECT b.id, n.id FROM book b INNER JOIN inventory c ON (c.book_id = b.id
   * AND c.user_id = ?) LEFT JOIN book_note n ON (n.book_id = b.id AND n.user_id = c.user_id)
   * ORDER BY b.id}.
   */
  @OnEachDatabase
  void heldBooksWithTheHoldersOwnNote(TestDatabase database) {
    HomeLibraries libraries = database.onDemand(HomeLibraries.class);
    // O'Brien holds Emma (his note 3) and Ulysses (no note of his: Dana wrote note 5 on it).
    assertEquals(
        List.of(
            new HeldBook(new Book(2, "Emma"), new BookNote(3, "O'Brien'; DROP TABLE book; --", 2, 2)),
            new HeldBook(new Book(3, "Ulysses"), null)),
        libraries.heldBooksWithTheHoldersNote(2));
    // Dana holds Ulysses and wrote note 5 on it; her note 6 on Emma is not about a book she holds.
    assertEquals(
        List.of(new HeldBook(new Book(3, "Ulysses"), new BookNote(5, "Too long", 3, 4))),
        libraries.heldBooksWithTheHoldersNote(4));
    // Chen holds Dune and Walden and wrote nothing; Ada's note on Dune is not his.
    assertEquals(
        List.of(new HeldBook(new Book(1, "Dune"), null), new HeldBook(new Book(4, "Walden"), null)),
        libraries.heldBooksWithTheHoldersNote(3));
  }
}
