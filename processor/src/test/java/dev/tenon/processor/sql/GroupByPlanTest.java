package dev.tenon.processor.sql;

import static dev.tenon.processor.sql.Fixture.assertPlan;

import dev.tenon.Dialect;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.QueryModel;
import dev.tenon.processor.model.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GROUP BY and HAVING: the user's items, then the other columns of each alias grouped by its
 * {@code @Id} (H2 needs them to select the entity), HAVING, and parameters bound in text order.
 */
class GroupByPlanTest {

  private static QueryModel notesPerBook(String having) {
    QueryModel query =
        Fixture.fromBook()
            .leftJoin("book", Fixture.BOOK_NOTES, "note", "note.userId <> :nobody")
            .select("book")
            .selectExpr("count(note.id)", ValueKind.LONG)
            .selectExpr("max(lower(note.text)) || :suffix", ValueKind.STRING)
            .param("nobody", ValueKind.LONG)
            .param("suffix", ValueKind.STRING)
            .param("min", ValueKind.LONG)
            .orderBy("count(note.id) DESC", "book.id")
            .build();
    Alias book = query.root();
    return query.withGrouping(
        List.of(Fixture.expr("book.id"), Fixture.expr("length(book.name) > :min")),
        List.of(book),
        having == null ? null : Fixture.expr(having));
  }

  @Test
  void groupsByTheItemsThenTheEntitysOtherColumns() {
    assertPlan(
        notesPerBook(null),
        "SELECT book.id, book.name, COUNT(note.id), MAX(LOWER(note.text)) || ?\n"
            + "FROM book book\n"
            + "LEFT OUTER JOIN book_note note ON (note.book_id = book.id AND note.user_id <> ?)\n"
            + "GROUP BY book.id, LENGTH(book.name) > ?, book.name\n"
            + "ORDER BY COUNT(note.id) DESC, book.id",
        "suffix", "nobody", "min");
  }

  @Test
  void havingComesAfterGroupByAndBindsInTextOrder() {
    assertPlan(
        notesPerBook("count(DISTINCT note.userId) >= :min OR sum(note.id) IS NULL"),
        Dialect.MYSQL,
        "SELECT book.id, book.name, COUNT(note.id), CONCAT(MAX(LOWER(note.text)), ?)\n"
            + "FROM book book\n"
            + "LEFT OUTER JOIN book_note note ON (note.book_id = book.id AND note.user_id <> ?)\n"
            + "GROUP BY book.id, CHAR_LENGTH(book.name) > ?, book.name\n"
            + "HAVING COUNT(DISTINCT note.user_id) >= ? OR SUM(note.id) IS NULL\n"
            + "ORDER BY COUNT(note.id) DESC, book.id",
        "suffix", "nobody", "min", "min");
  }

  @Test
  void countStarOverTheWholeQuery() {
    QueryModel query =
        Fixture.fromBook().selectExpr("count(*)", ValueKind.LONG).where("book.id > 1").build();
    assertPlan(query, Dialect.SQLITE, "SELECT COUNT(*)\nFROM book book\nWHERE book.id > 1");
  }
}
