package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.examples.model.AppUser;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.RecordingJdbi;
import dev.tenon.examples.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Issue 14's first two faults. An {@code IN (:ids)} of 100,000 ids failed on H2, whose arrays hold
 * at most 65,536 elements; a negative {@code @Limit} returned every row on SQLite (its "no limit")
 * and was a raw SQL error elsewhere. Both now behave alike on all four databases.
 */
class LimitsAndLargeListsTest {

  private static final List<Book> ALL_BOOKS =
      List.of(
          new Book(1, "Dune"),
          new Book(2, "Emma"),
          new Book(3, "Ulysses"),
          new Book(4, "Walden"),
          new Book(5, "Gulliver's Travels"));

  private static List<Long> ids(long from, long toInclusive) {
    return LongStream.rangeClosed(from, toInclusive).boxed().toList();
  }

  @OnEachDatabase
  void aHundredThousandIdsAreOneCollection(TestDatabase database) {
    HostileInput hostile = database.onDemand(HostileInput.class);

    assertEquals(ALL_BOOKS, hostile.byIds(ids(1, 100_000)));
    // The sample's ids sit at both ends, and in the second H2 chunk (after 65,536 elements).
    List<Long> spread = new ArrayList<>(ids(1_000, 100_999));
    spread.add(0, 2L);
    spread.add(70_000, 4L);
    assertEquals(List.of(ALL_BOOKS.get(1), ALL_BOOKS.get(3)), hostile.byIds(spread));
    assertEquals(List.of(), hostile.byIds(ids(6, 100_005)));
  }

  @OnEachDatabase
  void noneAndOneIdGiveTheSameAnswersAsMany(TestDatabase database) {
    HostileInput hostile = database.onDemand(HostileInput.class);

    assertEquals(List.of(), hostile.byIds(List.of()));
    assertEquals(List.of(ALL_BOOKS.get(2)), hostile.byIds(List.of(3L)));
    assertEquals(List.of(ALL_BOOKS.get(2)), hostile.byIds(ids(3, 3)));
    assertEquals(ALL_BOOKS, hostile.byIds(ids(1, 65_536)), "exactly one full H2 array");
    assertEquals(ALL_BOOKS, hostile.byIds(ids(1, 65_537)), "one more than an H2 array holds");
  }

  @OnEachDatabase
  void aHundredThousandTextsInNotInExcludeOnlyThoseNames(TestDatabase database) {
    Portability portability = database.onDemand(Portability.class);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      names.add("name " + i + " it's");
    }
    names.add(50_000, "O'Brien");
    names.add(80_000, "Eve");

    assertEquals(
        List.of(new AppUser(1, "Ada"), new AppUser(3, "Chen"), new AppUser(4, "Dana")),
        portability.usersNotNamed(names));
    assertEquals(
        List.of(new AppUser(2, "O'Brien"), new AppUser(5, "Eve")), portability.usersNamed(names));
  }

  @OnEachDatabase
  void aLargeCollectionLeavesNoStatementOpen(TestDatabase database) {
    RecordingJdbi recording = new RecordingJdbi(database);
    HostileInput hostile = recording.jdbi().onDemand(HostileInput.class);

    assertEquals(ALL_BOOKS, hostile.byIds(ids(1, 100_000)));

    assertTrue(!recording.prepared().isEmpty());
    for (RecordingJdbi.Prepared prepared : recording.prepared()) {
      assertTrue(isClosed(prepared), "statement left open: " + prepared.sql());
    }
  }

  private static boolean isClosed(RecordingJdbi.Prepared prepared) {
    try {
      return prepared.statement().isClosed();
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @OnEachDatabase
  void aNegativeLimitIsAClearErrorBeforeAnyStatementRuns(TestDatabase database) {
    RecordingJdbi recording = new RecordingJdbi(database);
    BookNotes notes = new TenonBookNotes(recording.jdbi());

    IllegalArgumentException limit =
        assertThrows(IllegalArgumentException.class, () -> notes.pageOfBooksWithNoteOf(1, -1, 0));
    assertEquals(
        "BookNotes.pageOfBooksWithNoteOf: @Limit parameter 'limit' must be 0 or more, but was -1",
        limit.getMessage());
    IllegalArgumentException offset =
        assertThrows(IllegalArgumentException.class, () -> notes.pageOfBooksWithNoteOf(1, 2, -3));
    assertEquals(
        "BookNotes.pageOfBooksWithNoteOf: @Offset parameter 'offset' must be 0 or more, but was -3",
        offset.getMessage());
    assertEquals(List.of(), recording.connections(), "a connection was opened");
    assertEquals(List.of(), recording.prepared(), "a statement was prepared");
  }

  @OnEachDatabase
  void aNegativeOffsetAloneAndOnAFoldedPageFailTheSameWay(TestDatabase database) {
    Portability portability = database.onDemand(Portability.class);
    NoteCollections collections = database.onDemand(NoteCollections.class);

    IllegalArgumentException alone =
        assertThrows(IllegalArgumentException.class, () -> portability.booksAfter(-1));
    assertEquals(
        "Portability.booksAfter: @Offset parameter 'skip' must be 0 or more, but was -1",
        alone.getMessage());
    IllegalArgumentException folded =
        assertThrows(
            IllegalArgumentException.class,
            () -> collections.pageOfBooksWithNotesLike("%", Integer.MIN_VALUE, 0));
    assertEquals(
        "NoteCollections.pageOfBooksWithNotesLike: @Limit parameter 'limit' must be 0 or more,"
            + " but was -2147483648",
        folded.getMessage());
  }

  @OnEachDatabase
  void zeroLimitAndOffsetAreFine(TestDatabase database) {
    BookNotes notes = database.onDemand(BookNotes.class);
    Portability portability = database.onDemand(Portability.class);

    assertEquals(List.of(), notes.pageOfBooksWithNoteOf(1, 0, 0));
    assertEquals(5, notes.pageOfBooksWithNoteOf(1, Integer.MAX_VALUE, 0).size());
    assertEquals(ALL_BOOKS, portability.booksAfter(0));
    assertEquals(List.of(), portability.booksAfter(Long.MAX_VALUE));
  }
}
