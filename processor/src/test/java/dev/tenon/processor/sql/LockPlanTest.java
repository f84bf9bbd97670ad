package dev.tenon.processor.sql;

import static dev.tenon.processor.sql.Fixture.assertPlan;

import dev.tenon.Dialect;
import dev.tenon.Lock;
import dev.tenon.processor.model.QueryModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code @Select(lock = …)}: the clause comes last, after paging; PostgreSQL names the root so an
 * outer join is allowed; MariaDB has LOCK IN SHARE MODE, H2 only the exclusive lock, SQLite none.
 */
class LockPlanTest {

  private static QueryModel pageOfBooksWithNotes(Lock lock) {
    return Fixture.fromBook()
        .leftJoin("book", Fixture.BOOK_NOTES, "note", null)
        .select("book")
        .param("n", dev.tenon.processor.model.ValueKind.INT)
        .limit("n")
        .orderBy("book.id")
        .build()
        .withLock(lock);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(
      delimiter = '¦',
      value = {
        "POSTGRES ¦ FOR_UPDATE             ¦ FOR UPDATE OF book",
        "POSTGRES ¦ FOR_SHARE              ¦ FOR SHARE OF book",
        "POSTGRES ¦ FOR_UPDATE_SKIP_LOCKED ¦ FOR UPDATE OF book SKIP LOCKED",
        "MYSQL    ¦ FOR_UPDATE             ¦ FOR UPDATE",
        "MYSQL    ¦ FOR_SHARE              ¦ LOCK IN SHARE MODE",
        "MYSQL    ¦ FOR_UPDATE_SKIP_LOCKED ¦ FOR UPDATE SKIP LOCKED",
        "H2       ¦ FOR_UPDATE             ¦ FOR UPDATE",
        "H2       ¦ FOR_SHARE              ¦ FOR UPDATE",
        "H2       ¦ FOR_UPDATE_SKIP_LOCKED ¦ FOR UPDATE SKIP LOCKED",
      })
  void theClauseComesLastAfterPaging(Dialect dialect, Lock lock, String clause) {
    assertPlan(
        pageOfBooksWithNotes(lock),
        dialect,
        "SELECT book.id, book.name\nFROM book book\n"
            + "LEFT OUTER JOIN book_note note ON (note.book_id = book.id)\n"
            + "ORDER BY book.id\nLIMIT ?\n"
            + clause,
        "n");
  }

  @ParameterizedTest
  @CsvSource({"SQLITE, FOR_UPDATE", "SQLITE, FOR_UPDATE_SKIP_LOCKED", "H2, NONE", "POSTGRES, NONE"})
  void noClauseWithoutLockOrOnSqlite(Dialect dialect, Lock lock) {
    assertPlan(
        pageOfBooksWithNotes(lock),
        dialect,
        "SELECT book.id, book.name\nFROM book book\n"
            + "LEFT OUTER JOIN book_note note ON (note.book_id = book.id)\n"
            + "ORDER BY book.id\nLIMIT ?",
        "n");
  }
}
