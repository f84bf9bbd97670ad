package dev.tenon.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.Dialect;
import dev.tenon.Lock;
import dev.tenon.processor.model.QueryModel;
import dev.tenon.processor.model.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The total of a {@code Page}: the query's FROM, joins and WHERE under {@code COUNT(*)}, without
 * its ORDER BY, paging and lock; a grouped or DISTINCT query counted from a derived table.
 */
class PageCountPlanTest {

  @Test
  void countsTheFilteredJoinWithoutOrderPagingOrLock() {
    QueryModel query =
        Fixture.fromBook()
            .leftJoin("book", Fixture.BOOK_NOTES, "note", "note.userId = :user")
            .select("book", "note")
            .param("user", ValueKind.LONG)
            .param("pattern", ValueKind.STRING)
            .param("n", ValueKind.INT)
            .where("book.name LIKE :pattern")
            .orderBy("book.id")
            .limit("n")
            .build()
            .withLock(Lock.FOR_UPDATE);
    PlannedSql count = SqlPlanner.planCount(query, Dialect.POSTGRES);

    assertEquals(
        "SELECT COUNT(*)\nFROM book book\n"
            + "LEFT OUTER JOIN book_note note ON (note.book_id = book.id AND note.user_id = ?)\n"
            + "WHERE book.name LIKE ?",
        count.sql());
    assertEquals(List.of("user", "pattern"), Fixture.names(count));
  }

  @Test
  void distinctRowsAreCountedFromLabelledColumns() {
    QueryModel query =
        Fixture.fromBook()
            .distinct()
            .innerJoin("book", Fixture.BOOK_NOTES, "note", null)
            .select("book")
            .build();
    assertEquals(
        "SELECT COUNT(*) FROM (SELECT DISTINCT book.id AS c1, book.name AS c2\n"
            + "FROM book book\nINNER JOIN book_note note ON (note.book_id = book.id)) counted",
        SqlPlanner.planCount(query, Dialect.MYSQL).sql());
  }

  @Test
  void groupsAreCountedFromADerivedTable() {
    QueryModel query =
        Fixture.fromBook()
            .select("book")
            .param("min", ValueKind.LONG)
            .build()
            .withGrouping(
                List.of(Fixture.expr("book.name")), List.of(), Fixture.expr("count(*) > :min"));
    assertEquals(
        "SELECT COUNT(*) FROM (SELECT 1\nFROM book book\nGROUP BY book.name\n"
            + "HAVING COUNT(*) > ?) counted",
        SqlPlanner.planCount(query, Dialect.H2).sql());
  }
}
