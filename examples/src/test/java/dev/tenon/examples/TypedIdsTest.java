package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.examples.TypedIds.BookId;
import dev.tenon.examples.TypedIds.BookWithNote;
import dev.tenon.examples.TypedIds.NoteId;
import dev.tenon.examples.TypedIds.Title;
import dev.tenon.examples.TypedIds.TypedBook;
import dev.tenon.examples.TypedIds.TypedWrittenNote;
import dev.tenon.examples.TypedIds.UserId;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Value records as ids, foreign keys, IN lists, parameters and results, on every database. */
class TypedIdsTest {
  private static final TypedBook DUNE = new TypedBook(new BookId(1), new Title("Dune"));
  private static final TypedBook EMMA = new TypedBook(new BookId(2), new Title("Emma"));
  private static final TypedBook GULLIVER = new TypedBook(new BookId(5), new Title("Gulliver's Travels"));

  @OnEachDatabase
  void typedIdsBindAndReadAsTheirComponent(TestDatabase database) {
    TypedIds typed = database.onDemand(TypedIds.class);

    assertEquals(Optional.of(EMMA), typed.book(new BookId(2)));
    assertEquals(Optional.empty(), typed.book(new BookId(99)));
    assertEquals(List.of(DUNE, GULLIVER), typed.books(List.of(new BookId(5), new BookId(1), new BookId(42))));
    assertEquals(List.of(), typed.books(Set.of()));
    assertEquals(List.of(GULLIVER), typed.named(new Title("Gulliver's Travels")));
  }

  @OnEachDatabase
  void aTypedForeignKeyJoinsATypedId(TestDatabase database) {
    TypedIds typed = database.onDemand(TypedIds.class);

    List<BookWithNote> rows = typed.withNoteOf(new UserId(2)); // O'Brien: notes on Dune and Emma

    assertEquals(5, rows.size());
    assertEquals(new BookId(1), rows.get(0).mine().bookId());
    assertEquals(new UserId(2), rows.get(0).mine().userId());
    assertEquals("O'Brien'; DROP TABLE book; --", rows.get(1).mine().text());
    assertNull(rows.get(2).mine());
  }

  @OnEachDatabase
  void typedIdsInWrites(TestDatabase database) {
    TypedIds typed = database.onDemand(TypedIds.class);
    database.onDemand(NoteWrites.class).removeAll();

    TypedWrittenNote stored =
        typed.write(new TypedWrittenNote(null, "typed", new BookId(1), new UserId(1), 0));
    NoteId second = typed.writeForId(new TypedWrittenNote(null, "second", new BookId(2), new UserId(3), 0));

    assertTrue(stored.id().value() > 0);
    assertTrue(second.value() > stored.id().value());
    assertEquals(1, typed.handOver(stored.id(), new UserId(3)));
    assertEquals(
        List.of(
            new TypedWrittenNote(stored.id(), "typed", new BookId(1), new UserId(3), 1),
            new TypedWrittenNote(second, "second", new BookId(2), new UserId(3), 0)),
        typed.writtenBy(List.of(new UserId(3), new UserId(4))));
    typed.clearWritten();
  }
}
