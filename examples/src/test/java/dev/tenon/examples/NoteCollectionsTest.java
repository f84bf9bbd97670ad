package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.examples.NoteCollections.AuthoredNote;
import dev.tenon.examples.NoteCollections.BookWithAuthoredNotes;
import dev.tenon.examples.NoteCollections.BookWithNotes;
import dev.tenon.examples.model.AppUser;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.BookNote;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.RecordingJdbi;
import dev.tenon.examples.testing.TestDatabase;
import java.util.List;

/**
 * Scenario 7: each book with its notes matching a pattern, folded from one statement ({@code
 * Fetch.JOIN}) or loaded by a second one ({@code Fetch.BATCH}); both give the same answer, empty
 * lists included. Expected values from {@code SELECT b.id, (SELECT string_agg(n.id, ',' ORDER BY
 * n.id) FROM book_note n WHERE n.book_id = b.id AND n.text LIKE ?) FROM book b ORDER BY b.id}. The
 * patterns match the same notes whether LIKE ignores case (MariaDB) or not.
 */
class NoteCollectionsTest {

  private static final AppUser ADA = new AppUser(1, "Ada");
  private static final AppUser O_BRIEN = new AppUser(2, "O'Brien");
  private static final AppUser DANA = new AppUser(4, "Dana");

  private static final Book DUNE = new Book(1, "Dune");
  private static final Book EMMA = new Book(2, "Emma");
  private static final Book ULYSSES = new Book(3, "Ulysses");
  private static final Book WALDEN = new Book(4, "Walden");
  private static final Book GULLIVER = new Book(5, "Gulliver's Travels");

  private static final BookNote SLOW_START = new BookNote(1, "Slow start, great ending", 1, 1);
  private static final BookNote SPICE = new BookNote(2, "The spice must flow", 1, 2);
  private static final BookNote INJECTION = new BookNote(3, "O'Brien'; DROP TABLE book; --", 2, 2);
  private static final BookNote REREAD = new BookNote(4, "Reread every winter", 3, 1);
  private static final BookNote TOO_LONG = new BookNote(5, "Too long", 3, 4);
  private static final BookNote LOVELY = new BookNote(6, "Lovely", 2, 4);

  /** Notes containing an o: two, two, one, none and none. */
  private static final List<BookWithNotes> WITH_AN_O =
      List.of(
          new BookWithNotes(DUNE, List.of(SLOW_START, SPICE)),
          new BookWithNotes(EMMA, List.of(INJECTION, LOVELY)),
          new BookWithNotes(ULYSSES, List.of(TOO_LONG)),
          new BookWithNotes(WALDEN, List.of()),
          new BookWithNotes(GULLIVER, List.of()));

  @OnEachDatabase
  void joinFoldsEachBooksMatchingNotes(TestDatabase database) {
    NoteCollections notes = database.onDemand(NoteCollections.class);

    assertEquals(WITH_AN_O, notes.booksWithNotesLike("%o%"));
    assertEquals(
        List.of(
            new BookWithNotes(DUNE, List.of()),
            new BookWithNotes(EMMA, List.of()),
            new BookWithNotes(ULYSSES, List.of(REREAD)),
            new BookWithNotes(WALDEN, List.of()),
            new BookWithNotes(GULLIVER, List.of())),
        notes.booksWithNotesLike("%winter%"));
  }

  @OnEachDatabase
  void batchGivesTheSameAnswerAsJoin(TestDatabase database) {
    NoteCollections notes = database.onDemand(NoteCollections.class);

    for (String pattern : List.of("%o%", "%winter%", "%", "no note says this")) {
      assertEquals(
          notes.booksWithNotesLike(pattern), notes.booksWithNotesLikeBatched(pattern), pattern);
    }
    assertEquals(WITH_AN_O, notes.booksWithNotesLikeBatched("%o%"));
    assertEquals(
        List.of(
            new BookWithNotes(DUNE, List.of()),
            new BookWithNotes(EMMA, List.of()),
            new BookWithNotes(ULYSSES, List.of()),
            new BookWithNotes(WALDEN, List.of()),
            new BookWithNotes(GULLIVER, List.of())),
        notes.booksWithNotesLikeBatched("no note says this"));
  }

  @OnEachDatabase
  void batchRunsOneStatementForTheBooksAndOneForTheirNotes(TestDatabase database) {
    RecordingJdbi recording = new RecordingJdbi(database);

    recording.jdbi().onDemand(NoteCollections.class).booksWithNotesLikeBatched("%o%");

    List<RecordingJdbi.Prepared> prepared = recording.prepared();
    assertEquals(2, prepared.size(), prepared::toString);
    assertEquals(1, recording.connections().size());
  }

  @OnEachDatabase
  void aPageInTheMiddleCountsBooksNotNotes(TestDatabase database) {
    NoteCollections notes = database.onDemand(NoteCollections.class);

    // Emma has two matching notes; a page of joined rows would cut Ulysses off.
    assertEquals(WITH_AN_O.subList(1, 3), notes.pageOfBooksWithNotesLike("%o%", 2, 1));
    assertEquals(
        List.of(
            new BookWithNotes(ULYSSES, List.of(TOO_LONG)), new BookWithNotes(WALDEN, List.of())),
        notes.pageOfBooksWithNotesLike("%o%", 2, 2));
    assertEquals(WITH_AN_O.subList(4, 5), notes.pageOfBooksWithNotesLike("%o%", 2, 4));
    assertEquals(List.of(), notes.pageOfBooksWithNotesLike("%o%", 2, 5));
    for (int offset = 0; offset <= 5; offset++) {
      List<BookWithNotes> all = notes.booksWithNotesLike("%e%");
      assertEquals(
          all.subList(offset, Math.min(all.size(), offset + 2)),
          notes.pageOfBooksWithNotesLike("%e%", 2, offset),
          "offset " + offset);
    }
  }

  @OnEachDatabase
  void eachNoteInTheCollectionHasItsAuthor(TestDatabase database) {
    NoteCollections notes = database.onDemand(NoteCollections.class);
    List<BookWithAuthoredNotes> expected =
        List.of(
            new BookWithAuthoredNotes(
                DUNE, List.of(new AuthoredNote(SLOW_START, ADA), new AuthoredNote(SPICE, O_BRIEN))),
            new BookWithAuthoredNotes(
                EMMA,
                List.of(new AuthoredNote(INJECTION, O_BRIEN), new AuthoredNote(LOVELY, DANA))),
            new BookWithAuthoredNotes(ULYSSES, List.of(new AuthoredNote(TOO_LONG, DANA))),
            new BookWithAuthoredNotes(WALDEN, List.of()),
            new BookWithAuthoredNotes(GULLIVER, List.of()));

    assertEquals(expected, notes.booksWithAuthoredNotesLike("%o%"));
    assertEquals(expected, notes.booksWithAuthoredNotesLikeBatched("%o%"));
  }
}
