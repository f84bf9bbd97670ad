package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.examples.BookNotes.BookWithNote;
import dev.tenon.examples.BookNotes.BookWithTwoNotes;
import dev.tenon.examples.BookNotes.TitleAndNote;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.BookNote;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.util.List;
import java.util.Optional;

/** Scenarios 1 to 3: the filtered relation keeps every book. */
class BookNotesTest {

  private static final long ADA = 1;
  private static final long O_BRIEN = 2;
  private static final long CHEN = 3;
  private static final long EVE = 5;

  private static final Book DUNE = new Book(1, "Dune");
  private static final Book EMMA = new Book(2, "Emma");
  private static final Book ULYSSES = new Book(3, "Ulysses");
  private static final Book WALDEN = new Book(4, "Walden");
  private static final Book GULLIVER = new Book(5, "Gulliver's Travels");

  private static final BookNote ADA_ON_DUNE = new BookNote(1, "Slow start, great ending", 1, 1);
  private static final BookNote O_BRIEN_ON_DUNE = new BookNote(2, "The spice must flow", 1, 2);
  private static final BookNote O_BRIEN_ON_EMMA =
      new BookNote(3, "O'Brien'; DROP TABLE book; --", 2, 2);
  private static final BookNote ADA_ON_ULYSSES = new BookNote(4, "Reread every winter", 3, 1);

  @OnEachDatabase
  void everyBookWithThatUsersNoteOrNull(TestDatabase database) {
    List<BookWithNote> rows = database.onDemand(BookNotes.class).booksWithNoteOf(ADA);

    // The WHERE version would return only Dune and Ulysses.
    assertEquals(
        List.of(
            new BookWithNote(DUNE, ADA_ON_DUNE),
            new BookWithNote(EMMA, null),
            new BookWithNote(ULYSSES, ADA_ON_ULYSSES),
            new BookWithNote(WALDEN, null),
            new BookWithNote(GULLIVER, null)),
        rows);
  }

  @OnEachDatabase
  void aUserWithoutNotesStillGetsEveryBook(TestDatabase database) {
    List<BookWithNote> rows = database.onDemand(BookNotes.class).booksWithNoteOf(CHEN);

    assertEquals(
        List.of(
            new BookWithNote(DUNE, null),
            new BookWithNote(EMMA, null),
            new BookWithNote(ULYSSES, null),
            new BookWithNote(WALDEN, null),
            new BookWithNote(GULLIVER, null)),
        rows);
  }

  @OnEachDatabase
  void aPageCountsBooks(TestDatabase database) {
    BookNotes notes = database.onDemand(BookNotes.class);

    assertEquals(
        List.of(new BookWithNote(EMMA, null), new BookWithNote(ULYSSES, ADA_ON_ULYSSES)),
        notes.pageOfBooksWithNoteOf(ADA, 2, 1));
    assertEquals(
        List.of(new BookWithNote(ULYSSES, ADA_ON_ULYSSES), new BookWithNote(WALDEN, null)),
        notes.pageOfBooksWithNoteOf(ADA, 2, 2));
    assertEquals(List.of(), notes.pageOfBooksWithNoteOf(ADA, 2, 5));
  }

  @OnEachDatabase
  void twoAliasesOfOneRelationAreTwoJoins(TestDatabase database) {
    List<BookWithTwoNotes> rows = database.onDemand(BookNotes.class).booksWithNotesOf(ADA, O_BRIEN);

    assertEquals(
        List.of(
            new BookWithTwoNotes(DUNE, Optional.of(ADA_ON_DUNE), Optional.of(O_BRIEN_ON_DUNE)),
            new BookWithTwoNotes(EMMA, Optional.empty(), Optional.of(O_BRIEN_ON_EMMA)),
            new BookWithTwoNotes(ULYSSES, Optional.of(ADA_ON_ULYSSES), Optional.empty()),
            new BookWithTwoNotes(WALDEN, Optional.empty(), Optional.empty()),
            new BookWithTwoNotes(GULLIVER, Optional.empty(), Optional.empty())),
        rows);
  }

  @OnEachDatabase
  void projectionOfJoinedColumns(TestDatabase database) {
    BookNotes notes = database.onDemand(BookNotes.class);

    assertEquals(
        List.of(
            new TitleAndNote("Dune", "The spice must flow"),
            new TitleAndNote("Emma", "O'Brien'; DROP TABLE book; --"),
            new TitleAndNote("Ulysses", null),
            new TitleAndNote("Walden", null),
            new TitleAndNote("Gulliver's Travels", null)),
        notes.titlesWithNoteOf(O_BRIEN));
    assertEquals(
        List.of(
            new TitleAndNote("Dune", null),
            new TitleAndNote("Emma", null),
            new TitleAndNote("Ulysses", null),
            new TitleAndNote("Walden", null),
            new TitleAndNote("Gulliver's Travels", null)),
        notes.titlesWithNoteOf(EVE));
  }
}
