package dev.tenon.processor.sql;

import static dev.tenon.processor.sql.Fixture.BOOK_NOTES;
import static dev.tenon.processor.sql.Fixture.assertPlan;

import dev.tenon.processor.model.ValueKind;
import org.junit.jupiter.api.Test;

/** {@code @Where}, {@code @OrderBy}, {@code @Limit}/{@code @Offset}, and the order they bind in. */
class OrderAndPagingTest {

  private static Fixture.QueryBuilder books() {
    return Fixture.from(Fixture.BOOK, "b");
  }

  @Test
  void where() {
    assertPlan(
        books().param("name", ValueKind.STRING).where("b.name = :name").build(),
        "SELECT b.id, b.name\nFROM book b\nWHERE b.name = ?",
        "name");
  }

  @Test
  void whereWithOrIsNotParenthesised() {
    assertPlan(
        books().param("name", ValueKind.STRING).where("b.name = :name OR b.name IS NULL").build(),
        "SELECT b.id, b.name\nFROM book b\nWHERE b.name = ? OR b.name IS NULL",
        "name");
  }

  @Test
  void orderByDirectionsAndNulls() {
    assertPlan(
        books()
            .orderBy(
                "b.name", "b.id ASC", "b.id DESC", "b.name NULLS FIRST", "b.name DESC NULLS LAST")
            .build(),
        "SELECT b.id, b.name\n"
            + "FROM book b\n"
            + "ORDER BY b.name, b.id, b.id DESC, b.name NULLS FIRST, b.name DESC NULLS LAST");
  }

  @Test
  void orderByAscNullsLastAndDescNullsFirst() {
    assertPlan(
        books().orderBy("b.name asc nulls last", "b.id desc nulls first").build(),
        "SELECT b.id, b.name\nFROM book b\nORDER BY b.name NULLS LAST, b.id DESC NULLS FIRST");
  }

  @Test
  void orderByExpressions() {
    assertPlan(
        books()
            .leftJoin("b", BOOK_NOTES, "n", null)
            .orderBy("lower(coalesce(n.text, b.name)) DESC", "b.id + 1", "length(b.name) * -1")
            .build(),
        "SELECT b.id, b.name\n"
            + "FROM book b\n"
            + "LEFT OUTER JOIN book_note n ON (n.book_id = b.id)\n"
            + "ORDER BY LOWER(COALESCE(n.text, b.name)) DESC, b.id + 1, LENGTH(b.name) * -1");
  }

  /** With DISTINCT, H2 and PostgreSQL only accept ORDER BY items that are selected. */
  @Test
  void distinctOrderedBySelectedColumns() {
    assertPlan(
        books().distinct().orderBy("b.name DESC NULLS LAST", "b.id").limit("size").build(),
        "SELECT DISTINCT b.id, b.name\nFROM book b\nORDER BY b.name DESC NULLS LAST, b.id\nLIMIT ?",
        "size");
  }

  @Test
  void limitAlone() {
    assertPlan(
        books().limit("size").orderBy("b.id").build(),
        "SELECT b.id, b.name\nFROM book b\nORDER BY b.id\nLIMIT ?",
        "size");
  }

  @Test
  void limitAndOffsetBindLimitFirst() {
    assertPlan(
        books().offset("skip").limit("size").orderBy("b.id").build(),
        "SELECT b.id, b.name\nFROM book b\nORDER BY b.id\nLIMIT ? OFFSET ?",
        "size",
        "skip");
  }

  @Test
  void offsetAloneIsOffsetRows() {
    assertPlan(
        books().offset("skip").build(),
        "SELECT b.id, b.name\nFROM book b\nOFFSET ? ROWS",
        "skip");
  }

  @Test
  void everyClauseInTextOrderWithPagingLast() {
    assertPlan(
        books()
            .param("prefix", ValueKind.STRING)
            .param("user", ValueKind.LONG)
            .param("minId", ValueKind.LONG)
            .param("fallback", ValueKind.STRING)
            .limit("size")
            .offset("skip")
            .select("b")
            .selectExpr("b.name LIKE :prefix", ValueKind.BOOLEAN)
            .leftJoin("b", BOOK_NOTES, "n", "n.userId = :user OR n.userId IS NULL")
            .where("b.id >= :minId AND b.name LIKE :prefix")
            .orderBy("coalesce(n.text, :fallback)", "b.id DESC")
            .build(),
        "SELECT b.id, b.name, b.name LIKE ?\n"
            + "FROM book b\n"
            + "LEFT OUTER JOIN book_note n ON (n.book_id = b.id AND (n.user_id = ? OR n.user_id IS NULL))\n"
            + "WHERE b.id >= ? AND b.name LIKE ?\n"
            + "ORDER BY COALESCE(n.text, ?), b.id DESC\n"
            + "LIMIT ? OFFSET ?",
        "prefix",
        "user",
        "minId",
        "prefix",
        "fallback",
        "size",
        "skip");
  }
}
