package dev.tenon.processor.sql;

import static dev.tenon.processor.sql.Fixture.assertPlan;
import static dev.tenon.processor.sql.Fixture.fromBook;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tenon.Dialect;
import dev.tenon.processor.model.ValueKind;
import org.junit.jupiter.api.Test;

/** The SELECT list and FROM clause: entity columns, DISTINCT and {@code @Expr} items. */
class SelectPlanTest {

  @Test
  void rootEntityColumnsInComponentOrder() {
    assertPlan(fromBook().build(), "SELECT book.id, book.name\nFROM book book");
  }

  @Test
  void rootAliasOtherThanTheTable() {
    assertPlan(Fixture.from(Fixture.BOOK_NOTE, "n").build(),
        "SELECT n.id, n.text, n.book_id, n.user_id\nFROM book_note n");
  }

  @Test
  void distinct() {
    assertPlan(fromBook().distinct().build(), "SELECT DISTINCT book.id, book.name\nFROM book book");
  }

  @Test
  void everySelectedAliasInDeclaredOrder() {
    assertPlan(
        fromBook()
            .leftJoin("book", Fixture.BOOK_NOTES, "notes", null)
            .select("notes", "book")
            .build(),
        "SELECT notes.id, notes.text, notes.book_id, notes.user_id, book.id, book.name\n"
            + "FROM book book\n"
            + "LEFT OUTER JOIN book_note notes ON (notes.book_id = book.id)");
  }

  @Test
  void expressionItemsAfterEntityColumns() {
    assertPlan(
        fromBook()
            .select("book")
            .selectExpr("upper(book.name)", ValueKind.STRING)
            .selectExpr("length(book.name) * 2", ValueKind.INT)
            .selectExpr("book.name IS NULL OR book.id = 0", ValueKind.BOOLEAN)
            .build(),
        "SELECT book.id, book.name, UPPER(book.name), LENGTH(book.name) * 2,"
            + " book.name IS NULL OR book.id = 0\n"
            + "FROM book book");
  }

  @Test
  void expressionItemsAlone() {
    assertPlan(
        fromBook().selectExpr("coalesce(book.name, 'none')", ValueKind.STRING).build(),
        "SELECT COALESCE(book.name, 'none')\nFROM book book");
  }

  @Test
  void expressionOverAnOuterJoinedAlias() {
    assertPlan(
        fromBook()
            .leftJoin("book", Fixture.BOOK_NOTES, "usernote", "usernote.userId = :userId")
            .param("userId", ValueKind.LONG)
            .select("book")
            .selectExpr("coalesce(usernote.text, '')", ValueKind.STRING)
            .build(),
        "SELECT book.id, book.name, COALESCE(usernote.text, '')\n"
            + "FROM book book\n"
            + "LEFT OUTER JOIN book_note usernote"
            + " ON (usernote.book_id = book.id AND usernote.user_id = ?)",
        "userId");
  }

  @Test
  void expressionParametersBindBeforeEveryOtherClause() {
    assertPlan(
        fromBook()
            .leftJoin("book", Fixture.BOOK_NOTES, "usernote", "usernote.userId = :userId")
            .param("userId", ValueKind.LONG)
            .param("prefix", ValueKind.STRING)
            .select("book")
            .selectExpr("book.name LIKE :prefix", ValueKind.BOOLEAN)
            .where("book.name <> :prefix")
            .build(),
        "SELECT book.id, book.name, book.name LIKE ?\n"
            + "FROM book book\n"
            + "LEFT OUTER JOIN book_note usernote"
            + " ON (usernote.book_id = book.id AND usernote.user_id = ?)\n"
            + "WHERE book.name <> ?",
        "prefix",
        "userId",
        "prefix");
  }

  @Test
  void autoIsNotADialectToPlanFor() {
    assertThrows(
        IllegalArgumentException.class, () -> SqlPlanner.plan(fromBook().build(), Dialect.AUTO));
  }
}
