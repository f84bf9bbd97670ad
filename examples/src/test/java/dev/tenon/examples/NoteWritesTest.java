package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.StaleRowException;
import dev.tenon.examples.model.ImportedNote;
import dev.tenon.examples.model.Note;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The writes example on every database: generated ids, optimistic locking both ways, partial
 * updates, deletes by condition and through {@code @Exists}, upserts that keep the id, rollback of
 * failed transactions and batches, hostile text, and a 100,000-row batch.
 */
class NoteWritesTest {
  private static final long DUNE = 1;
  private static final long EMMA = 2;
  private static final long ULYSSES = 3;
  private static final long ADA = 1;
  private static final long O_BRIEN = 2;
  private static final long CHEN = 3;
  private static final String HOSTILE = "O'Brien'; DROP TABLE book; -- \\ % _ \"q\" 🦊 中文";

  private static NoteWrites emptied(TestDatabase database) {
    NoteWrites notes = database.onDemand(NoteWrites.class);
    notes.removeAll();
    notes.clearImported();
    return notes;
  }

  @OnEachDatabase
  void insertReadsBackTheGeneratedIdAndStoresEveryColumn(TestDatabase database) {
    NoteWrites notes = emptied(database);

    Note stored = notes.add(Note.draft(DUNE, ADA, HOSTILE));
    long second = notes.addForId(Note.draft(EMMA, ADA, "second"));

    assertTrue(stored.id() > 0, "generated id read back");
    assertTrue(second > stored.id(), "ids increase");
    assertEquals(new Note(stored.id(), HOSTILE, DUNE, ADA, 0), stored);
    assertEquals(Optional.of(stored), notes.find(stored.id()), "hostile text and emoji round-trip");
    assertEquals("second", notes.find(second).orElseThrow().text());
  }

  @OnEachDatabase
  void batchInsertReturnsEveryRowWithItsOwnIdInInputOrder(TestDatabase database) {
    NoteWrites notes = emptied(database);

    List<Note> stored =
        notes.addAllReturning(
            List.of(Note.draft(DUNE, ADA, "a"), Note.draft(EMMA, ADA, "b"), Note.draft(DUNE, CHEN, "c")));
    int counted = notes.addAll(List.of(Note.draft(ULYSSES, ADA, "d"), Note.draft(ULYSSES, CHEN, "e")));

    assertEquals(List.of("a", "b", "c"), stored.stream().map(Note::text).toList());
    assertTrue(stored.get(0).id() < stored.get(1).id() && stored.get(1).id() < stored.get(2).id());
    assertEquals(2, counted);
    assertEquals(stored, notes.all().subList(0, 3), "the ids returned are the ids stored");
    assertEquals(List.of(), notes.addAllReturning(List.of()));
    assertEquals(0, notes.addAll(List.of()));
  }

  @OnEachDatabase
  void updateByIdChecksAndIncrementsTheVersion(TestDatabase database) {
    NoteWrites notes = emptied(database);
    Note read = notes.add(Note.draft(DUNE, ADA, "draft"));

    Note edited = notes.saveChecked(new Note(read.id(), "edited", DUNE, ADA, read.version()));
    int staleSave = notes.save(new Note(read.id(), "lost update", DUNE, ADA, read.version()));

    assertEquals(read.version() + 1, edited.version());
    assertEquals(Optional.of(edited), notes.find(read.id()));
    assertEquals(0, staleSave, "a copy read before the edit is stale");
    StaleRowException stale =
        assertThrows(StaleRowException.class, () -> notes.saveChecked(new Note(read.id(), "x", DUNE, ADA, read.version())));
    assertTrue(stale.getMessage().startsWith("NoteWrites.saveChecked"), stale.getMessage());
    assertEquals("edited", notes.find(read.id()).orElseThrow().text());
    assertEquals(1, notes.save(new Note(read.id(), "again", DUNE, ADA, edited.version())));
    assertEquals(edited.version() + 1, notes.find(read.id()).orElseThrow().version());
  }

  @OnEachDatabase
  void aStaleRowInABatchUpdateLeavesNothingOfTheBatch(TestDatabase database) {
    NoteWrites notes = emptied(database);
    Note first = notes.add(Note.draft(DUNE, ADA, "first"));
    Note second = notes.add(Note.draft(EMMA, ADA, "second"));
    notes.retext(second.id(), "changed by someone else"); // second's version moves on

    assertThrows(
        StaleRowException.class,
        () -> notes.saveAll(List.of(withText(first, "mine"), withText(second, "mine too"))));

    assertEquals("first", notes.find(first.id()).orElseThrow().text(), "rolled back with the batch");
    notes.saveAll(List.of(withText(first, "mine")));
    assertEquals("mine", notes.find(first.id()).orElseThrow().text());
  }

  @OnEachDatabase
  void declaredUpdatesChangeOnlyTheirColumnsAndRows(TestDatabase database) {
    NoteWrites notes = emptied(database);
    Note ada = notes.add(Note.draft(DUNE, ADA, "quiet words"));
    Note chen = notes.add(Note.draft(EMMA, CHEN, "other words"));

    assertEquals(1, notes.retext(ada.id(), HOSTILE));
    assertEquals(1, notes.shout(CHEN));
    assertEquals(0, notes.retext(999_999, "nobody"));

    assertEquals(new Note(ada.id(), HOSTILE, DUNE, ADA, 1), notes.find(ada.id()).orElseThrow());
    assertEquals(new Note(chen.id(), "OTHER WORDS", EMMA, CHEN, 1), notes.find(chen.id()).orElseThrow());
  }

  @OnEachDatabase
  void deletesByIdAndVersionByConditionAndThroughExists(TestDatabase database) {
    NoteWrites notes = emptied(database);
    Note onDune = notes.add(Note.draft(DUNE, ADA, "a"));
    Note onEmma = notes.add(Note.draft(EMMA, ADA, "b"));
    Note chenOnDune = notes.add(Note.draft(DUNE, CHEN, "c"));
    Note obrienOnUlysses = notes.add(Note.draft(ULYSSES, O_BRIEN, "d"));
    notes.retext(onEmma.id(), "b2");

    assertEquals(0, notes.remove(onEmma), "stale version: not deleted");
    assertThrows(StaleRowException.class, () -> notes.removeChecked(onEmma));
    assertEquals(2, notes.removeNotesOnBooksNamed("Dune"));
    assertEquals(0, notes.removeNotesOnBooksNamed("'; DROP TABLE note; --"));
    assertEquals(
        List.of(onEmma.id(), obrienOnUlysses.id()), notes.all().stream().map(Note::id).toList());
    assertEquals(1, notes.removeAllOf(ADA));
    notes.removeChecked(obrienOnUlysses);
    assertEquals(List.of(), notes.all());
    assertNotEquals(onDune.id(), chenOnDune.id());
  }

  @OnEachDatabase
  void upsertInsertsThenUpdatesTheSameRowKeepingItsId(TestDatabase database) {
    NoteWrites notes = emptied(database);

    Note inserted = notes.put(Note.draft(EMMA, O_BRIEN, "first thoughts"));
    Note updated = notes.put(Note.draft(EMMA, O_BRIEN, HOSTILE));
    Note other = notes.put(Note.draft(EMMA, ADA, "someone else"));

    assertEquals(new Note(inserted.id(), "first thoughts", EMMA, O_BRIEN, 0), inserted);
    assertEquals(new Note(inserted.id(), HOSTILE, EMMA, O_BRIEN, 1), updated, "same id, new text");
    assertNotEquals(inserted.id(), other.id());
    assertEquals(List.of(updated, other), notes.all());
    assertEquals(
        2, notes.putAll(List.of(Note.draft(EMMA, ADA, "changed"), Note.draft(DUNE, ADA, "new"))),
        "each row counts once (MySQL says 2 for an update)");
    assertEquals(3, notes.all().size());
  }

  @OnEachDatabase
  void aFailedTransactionLeavesNoWrite(TestDatabase database) {
    NoteWrites notes = emptied(database);
    Jdbi jdbi = database.jdbi();

    assertThrows(
        IllegalStateException.class,
        () ->
            jdbi.useTransaction(
                handle -> {
                  NoteWrites inside = handle.attach(NoteWrites.class);
                  inside.add(Note.draft(DUNE, ADA, "in a transaction"));
                  inside.addAll(List.of(Note.draft(EMMA, ADA, "x"), Note.draft(ULYSSES, ADA, "y")));
                  throw new IllegalStateException("the caller fails after the writes");
                }));
    assertEquals(List.of(), notes.all());

    // A batch whose third row breaks the unique key: inside the caller's transaction, nothing.
    assertThrows(
        UnableToExecuteStatementException.class,
        () ->
            jdbi.useTransaction(
                handle ->
                    handle.attach(NoteWrites.class)
                        .addAll(List.of(Note.draft(DUNE, ADA, "1"), Note.draft(EMMA, ADA, "2"), Note.draft(DUNE, ADA, "dup")))));
    assertEquals(List.of(), notes.all());
    // And outside one: the batch runs in a transaction of its own.
    UnableToExecuteStatementException failure =
        assertThrows(
            UnableToExecuteStatementException.class,
            () -> notes.addAll(List.of(Note.draft(DUNE, ADA, "1"), Note.draft(EMMA, ADA, "2"), Note.draft(DUNE, ADA, "dup"))));
    assertEquals(List.of(), notes.all());
    assertTrue(failure.getMessage().startsWith("NoteWrites.addAll failed"), failure.getMessage());
    assertTrue(failure.getMessage().contains("INSERT INTO note"), failure.getMessage());
  }

  @OnEachDatabase
  void aNullForANonNullColumnFailsBeforeTheStatementRunsNamingTheProperty(TestDatabase database) {
    NoteWrites notes = emptied(database);

    IllegalArgumentException single =
        assertThrows(IllegalArgumentException.class, () -> notes.add(Note.draft(DUNE, ADA, null)));
    IllegalArgumentException batch =
        assertThrows(
            IllegalArgumentException.class,
            () -> notes.addAll(List.of(Note.draft(DUNE, ADA, "fine"), Note.draft(EMMA, ADA, null))));
    IllegalArgumentException nullRow =
        assertThrows(IllegalArgumentException.class, () -> notes.add(null));

    assertEquals("NoteWrites.add: note.text is null, but Note.text is not @Nullable", single.getMessage());
    assertEquals("NoteWrites.addAll: notes[1].text is null, but Note.text is not @Nullable", batch.getMessage());
    assertEquals("NoteWrites.add: note is null", nullRow.getMessage());
    assertEquals(List.of(), notes.all(), "the batch's first row was not written either");
  }

  @OnEachDatabase
  void aConstraintViolationNamesTheMethodAndTheStatement(TestDatabase database) {
    NoteWrites notes = emptied(database);
    notes.add(Note.draft(DUNE, ADA, "mine"));

    UnableToExecuteStatementException duplicate =
        assertThrows(UnableToExecuteStatementException.class, () -> notes.add(Note.draft(DUNE, ADA, "again")));

    assertTrue(duplicate.getMessage().startsWith("NoteWrites.add failed: "), duplicate.getMessage());
    assertTrue(duplicate.getMessage().contains("[SQL: INSERT INTO note"), duplicate.getMessage());
    assertEquals(1, notes.all().size());
  }

  @OnEachDatabase
  void aHundredThousandRowBatch(TestDatabase database) {
    NoteWrites notes = emptied(database);
    int rows = 100_000;
    Iterable<ImportedNote> generatedOnce = () -> new Iterator<>() { // one pass, no list held by the caller
      int next;

      @Override
      public boolean hasNext() {
        return next < rows;
      }

      @Override
      public ImportedNote next() {
        int i = next++;
        return new ImportedNote(0, "note " + i, i % 5 + 1, i % 7 + 1, i % 2 == 0 ? null : "import");
      }
    };

    assertEquals(rows, notes.importAll(generatedOnce));

    List<ImportedNote> stored = notes.imported();
    assertEquals(rows, stored.size());
    assertEquals("note 0", stored.get(0).text());
    assertEquals("note 99999", stored.get(rows - 1).text());
    assertEquals(null, stored.get(0).source());
    assertEquals("import", stored.get(1).source());
    List<ImportedNote> returned = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      returned.add(new ImportedNote(0, "r" + i, 1, 1, null));
    }
    List<Long> ids = notes.importAllReturning(returned).stream().map(ImportedNote::id).toList();
    assertEquals(2_500, ids.stream().distinct().count(), "ids distinct across chunks");
    for (int i = 1; i < ids.size(); i++) {
      assertTrue(ids.get(i) > ids.get(i - 1), "ids in input order");
    }
    assertFalse(ids.contains(stored.get(0).id()));
  }

  private static Note withText(Note note, String text) {
    return new Note(note.id(), text, note.bookId(), note.userId(), note.version());
  }
}
