package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.util.List;
import java.util.stream.Stream;

class CollectionEdgesTest {

  @OnEachDatabase
  void anInnerJoinUnderAnOuterJoinedCollectionKeepsEveryBook(TestDatabase database) {
    CollectionEdges edges = database.onDemand(CollectionEdges.class);
    List<CollectionEdges.BookWithAuthoredNotes> joined = edges.authoredNotesJoined("%o%");
    assertEquals(5, joined.size(), "every book keeps its row: " + joined);
    assertEquals(edges.authoredNotesBatched("%o%"), joined);
    assertEquals(
        joined.stream().mapToInt(row -> row.notes().size()).sum(),
        edges.authoredNotesJoined("%").stream().mapToInt(row -> row.notes().size()).sum()
            - edges.authoredNotesJoined("%").stream()
                .flatMap(row -> row.notes().stream())
                .filter(note -> !note.notes().text().contains("o"))
                .count());
  }

  @OnEachDatabase
  void aFoldedStreamEmitsEachRootOnceWhateverTheSort(TestDatabase database) {
    CollectionEdges edges = database.onDemand(CollectionEdges.class);
    try (Stream<CollectionEdges.BookWithNotes> streamed =
        new TenonCollectionEdges(database.jdbi()).notesByTextStreamed()) {
      assertEquals(edges.notesByText(), streamed.toList());
    }
    try (Stream<CollectionEdges.BookWithNotes> streamed =
        new TenonCollectionEdges(database.jdbi()).notesByTextOnlyStreamed()) {
      List<CollectionEdges.BookWithNotes> roots = streamed.toList();
      assertEquals(5, roots.size(), "each book once: " + roots);
      assertEquals(
          edges.notesByTextOnly().stream().sorted(byBookId()).toList(),
          roots.stream().sorted(byBookId()).toList());
      for (CollectionEdges.BookWithNotes root : roots) {
        List<String> texts = root.notes().stream().map(note -> note.text()).toList();
        assertEquals(texts.stream().sorted().toList(), texts, "notes in text order");
      }
    }
  }

  @OnEachDatabase
  void twoCollectionsFromOneStatementMultiplyRowsButNotElements(TestDatabase database) {
    CollectionEdges edges = database.onDemand(CollectionEdges.class);
    List<CollectionEdges.BookWithNotesAndCopies> joined = edges.notesAndCopies();
    assertEquals(edges.notesAndCopiesBatched(), joined);
    assertEquals(5, joined.size(), "each book once: " + joined);
    CollectionEdges.BookWithNotesAndCopies multiplied =
        joined.stream()
            .filter(row -> row.notes().size() > 1 && row.copies().size() > 1)
            .findFirst()
            .orElseThrow(() -> new AssertionError("sample data has a book with 2 notes and 2 copies"));
    assertEquals(
        multiplied.notes().stream().distinct().toList(), multiplied.notes(), "no note twice");
    assertEquals(
        multiplied.copies().stream().distinct().toList(), multiplied.copies(), "no copy twice");
    for (CollectionEdges.BookWithNotesAndCopies row : joined) {
      assertEquals(
          edges.notesByText().stream()
              .filter(other -> other.book().equals(row.book()))
              .findFirst()
              .orElseThrow()
              .notes()
              .size(),
          row.notes().size(),
          "the same notes as with one collection: " + row.book());
    }
  }

  private static java.util.Comparator<CollectionEdges.BookWithNotes> byBookId() {
    return java.util.Comparator.comparingLong(row -> row.book().id());
  }
}
