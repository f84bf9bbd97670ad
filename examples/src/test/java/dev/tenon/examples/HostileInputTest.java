package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tenon.examples.HostileInput.BookWithMatchingNote;
import dev.tenon.examples.model.AppUser;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.BookNote;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Scenario 13: hostile values are bound, never spliced; empty lists and missing rows are fine. */
class HostileInputTest {

  private static final String INJECTION = "'; DROP TABLE book; --";
  private static final String NOTE_INJECTION = "O'Brien'; DROP TABLE book; --";

  private static final Book DUNE = new Book(1, "Dune");
  private static final Book EMMA = new Book(2, "Emma");
  private static final Book ULYSSES = new Book(3, "Ulysses");
  private static final Book WALDEN = new Book(4, "Walden");
  private static final Book GULLIVER = new Book(5, "Gulliver's Travels");
  private static final BookNote O_BRIEN_ON_EMMA = new BookNote(3, NOTE_INJECTION, 2, 2);

  @OnEachDatabase
  void optionalIsEmptyWhenNoRow(TestDatabase database) {
    HostileInput hostile = database.onDemand(HostileInput.class);

    assertEquals(Optional.of(WALDEN), hostile.byId(4));
    assertEquals(Optional.empty(), hostile.byId(99));
  }

  @OnEachDatabase
  void singleResultIsNullWhenNoRow(TestDatabase database) {
    HostileInput hostile = database.onDemand(HostileInput.class);

    assertEquals(GULLIVER, hostile.byName("Gulliver's Travels"));
    assertNull(hostile.byName("O'Brien"));
    assertNull(hostile.byName(INJECTION));
    assertEquals(5, countRows(database, "book"), "the injection attempt ran as SQL");
  }

  @OnEachDatabase
  void inListMatchesTheGivenIdsAndAnEmptyListMatchesNothing(TestDatabase database) {
    HostileInput hostile = database.onDemand(HostileInput.class);

    assertEquals(List.of(DUNE, GULLIVER), hostile.byIds(List.of(5L, 1L, 99L)));
    assertEquals(List.of(ULYSSES), hostile.byIds(Set.of(3L)));
    assertEquals(List.of(), hostile.byIds(List.of()));
    assertEquals(List.of(), hostile.byIds(Set.of()));
  }

  @OnEachDatabase
  void quotesInValuesAreJustCharacters(TestDatabase database) {
    HostileInput hostile = database.onDemand(HostileInput.class);

    assertEquals(Optional.of(new AppUser(2, "O'Brien")), hostile.userNamed("O'Brien"));
    assertEquals(Optional.empty(), hostile.userNamed(INJECTION));
    assertEquals(List.of(O_BRIEN_ON_EMMA), hostile.notesWithText(NOTE_INJECTION));
    assertEquals(List.of(), hostile.notesWithText(INJECTION));
  }

  @OnEachDatabase
  void leftJoinKeepsBooksWhereNothingMatched(TestDatabase database) {
    HostileInput hostile = database.onDemand(HostileInput.class);

    List<BookWithMatchingNote> withQuote =
        List.of(
            new BookWithMatchingNote(DUNE, null),
            new BookWithMatchingNote(EMMA, O_BRIEN_ON_EMMA),
            new BookWithMatchingNote(ULYSSES, null),
            new BookWithMatchingNote(WALDEN, null),
            new BookWithMatchingNote(GULLIVER, null));
    assertEquals(withQuote, hostile.booksWithNoteLike("%'%"));
    assertEquals(withQuote, hostile.booksWithNoteLike("%; DROP TABLE%"));
    assertEquals(
        List.of(
            new BookWithMatchingNote(DUNE, null),
            new BookWithMatchingNote(EMMA, null),
            new BookWithMatchingNote(ULYSSES, null),
            new BookWithMatchingNote(WALDEN, null),
            new BookWithMatchingNote(GULLIVER, null)),
        hostile.booksWithNoteLike(INJECTION));
  }

  @OnEachDatabase
  void daosWorkOnAnAttachedHandleToo(TestDatabase database) {
    Optional<Book> found =
        database.jdbi().withHandle(handle -> handle.attach(HostileInput.class).byId(1));

    assertEquals(Optional.of(DUNE), found);
  }

  @OnEachDatabase
  void nothingWasDroppedOrChanged(TestDatabase database) {
    HostileInput hostile = database.onDemand(HostileInput.class);
    hostile.byName(INJECTION);
    hostile.notesWithText(INJECTION);
    hostile.userNamed(INJECTION);
    hostile.booksWithNoteLike(INJECTION);

    assertEquals(5, countRows(database, "book"));
    assertEquals(6, countRows(database, "book_note"));
    assertEquals(5, countRows(database, "user"));
  }

  /**
   * Plain JDBI, not Tenon: the table name is a constant of this test. {@code user} is quoted the
   * database's way (a reserved word on H2 and PostgreSQL); the others stay plain, so that H2 folds
   * them to upper case as it did in the DDL.
   */
  private static long countRows(TestDatabase database, String table) {
    try {
      return countRowsOf(database, table);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long countRowsOf(TestDatabase database, String table) throws SQLException {
    return database
        .jdbi()
        .withHandle(
            handle -> {
              String quote = handle.getConnection().getMetaData().getIdentifierQuoteString().strip();
              String name = table.equals("user") ? quote + table + quote : table;
              return handle
                  .createQuery("SELECT count(*) FROM " + name)
                  .mapTo(Long.class)
                  .one();
            });
  }
}
