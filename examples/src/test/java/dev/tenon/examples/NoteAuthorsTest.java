package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.examples.NoteAuthors.AuthorName;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.util.List;

/** A DISTINCT query sorted by the expressions it selects runs on every database. */
class NoteAuthorsTest {

  /**
   * By hand: {@code SELECT DISTINCT u.name, lower(u.name) FROM "user" u INNER JOIN book_note n ON
   * (n.user_id = u.id) ORDER BY u.name DESC, lower(u.name)}. Ada wrote two notes, O'Brien two and
   * Dana two; each is listed once. Chen and Eve wrote none.
   */
  @OnEachDatabase
  void eachAuthorOnceSortedBySelectedExpressions(TestDatabase database) {
    assertEquals(
        List.of(
            new AuthorName("O'Brien", "o'brien"),
            new AuthorName("Dana", "dana"),
            new AuthorName("Ada", "ada")),
        database.onDemand(NoteAuthors.class).namesOfNoteAuthors());
  }
}
