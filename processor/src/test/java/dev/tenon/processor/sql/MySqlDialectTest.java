package dev.tenon.processor.sql;

import static dev.tenon.processor.sql.Fixture.BOOK_NOTES;
import static dev.tenon.processor.sql.Fixture.NOTE_USER;
import static dev.tenon.processor.sql.Fixture.assertPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.Dialect;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where {@link Dialect#MYSQL} (MySQL 8 and MariaDB) differs from H2 and PostgreSQL. */
class MySqlDialectTest {

  /** Every value kind a collection may hold, one column each. */
  private static final Entity SAMPLE =
      Fixture.entity("Sample", "sample")
          .id("id")
          .column("name", ValueKind.STRING)
          .column("price", ValueKind.BIG_DECIMAL)
          .column("ratio", ValueKind.DOUBLE)
          .column("flag", ValueKind.BOOLEAN)
          .column("day", ValueKind.LOCAL_DATE)
          .column("at", ValueKind.INSTANT)
          .column("token", ValueKind.UUID)
          .column("status", ValueKind.ENUM)
          .column("stars", ValueKind.INT)
          .build();

  private static Fixture.QueryBuilder books() {
    return Fixture.fromBook()
        .collection("ids", ValueKind.LONG)
        .collection("names", ValueKind.STRING)
        .param("id", ValueKind.LONG)
        .param("name", ValueKind.STRING);
  }

  private static String where(Fixture.QueryBuilder query, String condition) {
    String sql = SqlPlanner.plan(query.where(condition).build(), Dialect.MYSQL).sql();
    return sql.substring(sql.indexOf("\nWHERE ") + "\nWHERE ".length());
  }

  private static String orderBy(String... items) {
    String sql = SqlPlanner.plan(books().orderBy(items).build(), Dialect.MYSQL).sql();
    return sql.substring(sql.indexOf("\nORDER BY ") + "\nORDER BY ".length());
  }

  @Test
  void userIsNotReservedButOrderIsAndQuotesAreBackticks() {
    assertPlan(
        Fixture.fromBook()
            .leftJoin("book", BOOK_NOTES, "order", null)
            .leftJoin("order", NOTE_USER, "user", "user.name <> 'x'")
            .select("book", "user")
            .build(),
        Dialect.MYSQL,
        "SELECT book.id, book.name, user.id, user.name, user.country_id\n"
            + "FROM book book\n"
            + "LEFT OUTER JOIN book_note `order` ON (`order`.book_id = book.id)\n"
            + "LEFT OUTER JOIN user user ON (user.id = `order`.user_id AND user.name <> 'x')");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "order       | `order`",
        "group       | `group`",
        "key         | `key`",
        "rank        | `rank`",
        "offset      | `offset`",
        "returning   | `returning`",
        "json_table  | `json_table`",
        "user        | user",
        "name        | name",
        "text        | text",
        "status      | status",
        "Book        | `Book`",
        "a`b         | `a``b`",
      })
  void quotesReservedWordsAndOddNames(String name, String quoted) {
    assertEquals(quoted, Identifiers.quote(Dialect.MYSQL, name));
  }

  @Test
  void collectionInIsOneJsonParameterExpandedByJsonTable() {
    assertPlan(
        books().where("book.id IN (:ids)").build(),
        Dialect.MYSQL,
        "SELECT book.id, book.name\nFROM book book\n"
            + "WHERE book.id IN (SELECT j.v FROM JSON_TABLE(?, '$[*]' COLUMNS (v BIGINT PATH '$')) j)",
        "ids");
  }

  @Test
  void collectionNotInAndTextElementsAreUnquotedJson() {
    assertEquals(
        "book.name NOT IN (SELECT CASE WHEN JSON_TYPE(j.v) = 'NULL' THEN NULL ELSE JSON_UNQUOTE(j.v) END FROM JSON_TABLE(?, '$[*]' COLUMNS"
            + " (v JSON PATH '$')) j) OR book.id NOT IN (SELECT j.v FROM JSON_TABLE(?, '$[*]'"
            + " COLUMNS (v BIGINT PATH '$')) j)",
        where(books(), "book.name NOT IN (:names) OR book.id NOT IN (:ids)"));
  }

  @Test
  void notOfACollectionInStaysOutsideTheSubquery() {
    assertEquals(
        "NOT book.id IN (SELECT j.v FROM JSON_TABLE(?, '$[*]' COLUMNS (v BIGINT PATH '$')) j)",
        where(books(), "NOT book.id IN (:ids)"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "LONG        | s.id     | j.v FROM JSON_TABLE(?, '$[*]' COLUMNS (v BIGINT PATH '$'))",
        "INT         | s.stars  | j.v FROM JSON_TABLE(?, '$[*]' COLUMNS (v BIGINT PATH '$'))",
        "BIG_DECIMAL | s.price  | j.v FROM JSON_TABLE(?, '$[*]' COLUMNS (v DECIMAL(65, 30) PATH '$'))",
        "DOUBLE      | s.ratio  | j.v FROM JSON_TABLE(?, '$[*]' COLUMNS (v DOUBLE PATH '$'))",
        "BOOLEAN     | s.flag   | j.v FROM JSON_TABLE(?, '$[*]' COLUMNS (v BOOLEAN PATH '$'))",
        "LOCAL_DATE  | s.day    | j.v FROM JSON_TABLE(?, '$[*]' COLUMNS (v DATE PATH '$'))",
        "INSTANT     | s.at     | j.v FROM JSON_TABLE(?, '$[*]' COLUMNS (v DATETIME(6) PATH '$'))",
        "STRING      | s.name   | CASE WHEN JSON_TYPE(j.v) = 'NULL' THEN NULL ELSE JSON_UNQUOTE(j.v) END FROM JSON_TABLE(?, '$[*]' COLUMNS (v JSON PATH '$'))",
        "UUID        | s.token  | CASE WHEN JSON_TYPE(j.v) = 'NULL' THEN NULL ELSE JSON_UNQUOTE(j.v) END FROM JSON_TABLE(?, '$[*]' COLUMNS (v JSON PATH '$'))",
        "ENUM        | s.status | CASE WHEN JSON_TYPE(j.v) = 'NULL' THEN NULL ELSE JSON_UNQUOTE(j.v) END FROM JSON_TABLE(?, '$[*]' COLUMNS (v JSON PATH '$'))",
      })
  void jsonTableColumnFollowsTheElementKind(ValueKind kind, String column, String subquery) {
    Fixture.QueryBuilder query = Fixture.from(SAMPLE, "s").collection("values", kind);
    assertEquals(
        column + " IN (SELECT " + subquery + " j)", where(query, column + " IN (:values)"));
  }

  @Test
  void booleanLiteralsAreTrueAndFalse() {
    Fixture.QueryBuilder query = Fixture.from(SAMPLE, "s");
    assertEquals("s.flag = TRUE OR s.flag = FALSE", where(query, "s.flag = TRUE OR s.flag = false"));
  }

  @Test
  void nullsOrderingIsEmulatedWhereMySqlDefaultDiffers() {
    // MySQL sorts NULL as the smallest value: first ascending, last descending.
    assertEquals("book.name", orderBy("book.name NULLS FIRST"));
    assertEquals("book.name DESC", orderBy("book.name DESC NULLS LAST"));
    assertEquals("book.name IS NULL, book.name", orderBy("book.name ASC NULLS LAST"));
    assertEquals(
        "book.name IS NULL DESC, book.name DESC", orderBy("book.name DESC NULLS FIRST"));
    assertEquals("book.name, book.id DESC", orderBy("book.name", "book.id DESC"));
  }

  @Test
  void nullsKeyOfAnExpressionBindsAsOneOperand() {
    // IS NULL binds looser than +, so no parentheses are needed.
    assertEquals(
        "book.id + 1 IS NULL, book.id + 1, LOWER(book.name) IS NULL DESC, LOWER(book.name) DESC",
        orderBy("book.id + 1 NULLS LAST", "lower(book.name) DESC NULLS FIRST"));
  }

  @Test
  void anItemWithParametersUsesTheNullsKeyOnEveryDialectSoBindingsAgree() {
    var query = books().orderBy("coalesce(book.name, :name) NULLS FIRST").build();
    String expected =
        "SELECT book.id, book.name\nFROM book book\n"
            + "ORDER BY COALESCE(book.name, ?) IS NULL DESC, COALESCE(book.name, ?)";
    for (Dialect dialect : List.of(Dialect.H2, Dialect.POSTGRES, Dialect.MYSQL, Dialect.SQLITE)) {
      assertPlan(query, dialect, expected, "name", "name");
    }
  }

  @Test
  void offsetAloneGetsTheLargestLimit() {
    assertPlan(
        books().offset("skip").build(),
        Dialect.MYSQL,
        "SELECT book.id, book.name\nFROM book book\nLIMIT 18446744073709551615 OFFSET ?",
        "skip");
    assertPlan(
        books().limit("size").offset("skip").build(),
        Dialect.MYSQL,
        "SELECT book.id, book.name\nFROM book book\nLIMIT ? OFFSET ?",
        "size",
        "skip");
    assertPlan(
        books().limit("size").build(),
        Dialect.MYSQL,
        "SELECT book.id, book.name\nFROM book book\nLIMIT ?",
        "size");
  }

  @Test
  void likeNamesItsEscapeWithoutABackslashLiteral() {
    assertEquals(
        "book.name LIKE ? ESCAPE CHAR(92)"
            + " AND book.name NOT LIKE CONCAT('a', CHAR(92 USING utf8mb4), '_%') ESCAPE CHAR(92)",
        where(
            books().param("pattern", ValueKind.STRING),
            "book.name LIKE :pattern AND book.name NOT LIKE 'a\\_%'"));
  }

  @Test
  void stringLiteralsWithBackslashesMeanTheSameInEverySqlMode() {
    assertEquals(
        "book.name = 'O''Brien' OR book.name = CONCAT('a', CHAR(92 USING utf8mb4), 'n''', "
            + "CHAR(92 USING utf8mb4), '')",
        where(books(), "book.name = 'O''Brien' OR book.name = 'a\\n''\\'"));
    assertEquals("'plain'", DialectRules.stringLiteral(Dialect.MYSQL, "plain"));
    assertEquals("'a\\b'", DialectRules.stringLiteral(Dialect.POSTGRES, "a\\b"));
  }

  @Test
  void lengthCountsCharacters() {
    assertEquals(
        "CHAR_LENGTH(book.name) > 3 AND CHAR_LENGTH(book.name) < 9",
        where(books(), "length(book.name) > 3 AND LENGTH(book.name) < 9"));
  }

  @Test
  void integerDivisionTruncatesLikeTheOtherDialects() {
    Fixture.QueryBuilder query = Fixture.from(SAMPLE, "s").param("n", ValueKind.INT);
    assertEquals(
        "s.stars DIV 2 = 1 AND (s.id + 1) DIV ? > 0 AND s.price / 2 > 1 AND s.stars / 2.0 > 1",
        where(query, "s.stars / 2 = 1 AND (s.id + 1) / :n > 0 AND s.price / 2 > 1"
            + " AND s.stars / 2.0 > 1"));
    assertEquals(
        "SELECT s.stars / 2\nFROM sample s",
        SqlPlanner.plan(
                Fixture.from(SAMPLE, "s").selectExpr("s.stars / 2", ValueKind.INT).build(),
                Dialect.H2)
            .sql());
  }

  @Test
  void everyDialectBindsTheSameParametersInTheSameOrder() {
    var query =
        books()
            .leftJoin("book", BOOK_NOTES, "note", "note.text LIKE :name")
            .where("book.id IN (:ids) AND book.name NOT IN (:names) OR book.id = :id")
            .orderBy("book.name DESC NULLS FIRST")
            .limit("size")
            .offset("skip")
            .build();
    List<String> h2 = Fixture.names(SqlPlanner.plan(query, Dialect.H2));
    for (Dialect dialect : List.of(Dialect.POSTGRES, Dialect.MYSQL, Dialect.SQLITE)) {
      assertEquals(h2, Fixture.names(SqlPlanner.plan(query, dialect)), dialect.name());
    }
    assertEquals(List.of("name", "ids", "names", "id", "size", "skip"), h2);
  }
}
