package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.examples.model.Book;
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
}
