package dev.tenon.processor.sql;

import static dev.tenon.processor.sql.Fixture.BOOK_NOTES;
import static dev.tenon.processor.sql.Fixture.NOTE_USER;
import static dev.tenon.processor.sql.Fixture.assertPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.Dialect;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where {@link Dialect#SQLITE} differs from H2 and PostgreSQL. */
class SqliteDialectTest {

  private static final Entity SAMPLE =
      Fixture.entity("Sample", "sample")
          .id("id")
          .column("name", ValueKind.STRING)
          .column("flag", ValueKind.BOOLEAN)
          .column("stars", ValueKind.INT)
          .build();

  private static Fixture.QueryBuilder books() {
    return Fixture.fromBook()
        .collection("ids", ValueKind.LONG)
        .collection("names", ValueKind.STRING)
        .param("pattern", ValueKind.STRING);
  }

  private static String where(Fixture.QueryBuilder query, String condition) {
    String sql = SqlPlanner.plan(query.where(condition).build(), Dialect.SQLITE).sql();
    return sql.substring(sql.indexOf("\nWHERE ") + "\nWHERE ".length());
  }

  @Test
  void quotesKeywordsWithDoubleQuotesAndLeavesUserAlone() {
    assertPlan(
        Fixture.fromBook()
            .leftJoin("book", BOOK_NOTES, "order", null)
            .leftJoin("order", NOTE_USER, "user", null)
            .select("book", "user")
            .build(),
        Dialect.SQLITE,
        "SELECT book.id, book.name, user.id, user.name, user.country_id\n"
            + "FROM book book\n"
            + "LEFT OUTER JOIN book_note \"order\" ON (\"order\".book_id = book.id)\n"
            + "LEFT OUTER JOIN user user ON (user.id = \"order\".user_id)");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "order   | \"order\"",
        "group   | \"group\"",
        "key     | \"key\"",
        "offset  | \"offset\"",
        "nulls   | \"nulls\"",
        "true    | \"true\"",
        "user    | user",
        "name    | name",
        "text    | text",
        "Book    | \"Book\"",
      })
  void quotesKeywordsAndOddNames(String name, String quoted) {
    assertEquals(quoted, Identifiers.quote(Dialect.SQLITE, name));
  }

  @Test
  void collectionInIsOneJsonParameterExpandedByJsonEach() {
    assertPlan(
        books().where("book.id IN (:ids) AND book.name NOT IN (:names)").build(),
        Dialect.SQLITE,
        "SELECT book.id, book.name\nFROM book book\n"
            + "WHERE book.id IN (SELECT value FROM json_each(?))"
            + " AND book.name NOT IN (SELECT value FROM json_each(?))",
        "ids",
        "names");
  }

  @Test
  void booleanLiteralsAreOneAndZero() {
    assertEquals(
        "s.flag = 1 OR s.flag = 0 OR (s.id = 1) = 1",
        where(Fixture.from(SAMPLE, "s"), "s.flag = TRUE OR s.flag = FALSE OR (s.id = 1) = true"));
  }

  @Test
  void nullsOrderingIsNative() {
    assertPlan(
        books().orderBy("book.name NULLS LAST", "book.id DESC NULLS FIRST").build(),
        Dialect.SQLITE,
        "SELECT book.id, book.name\nFROM book book\n"
            + "ORDER BY book.name NULLS LAST, book.id DESC NULLS FIRST");
  }

  @Test
  void offsetAloneNeedsLimitMinusOne() {
    assertPlan(
        books().offset("skip").build(),
        Dialect.SQLITE,
        "SELECT book.id, book.name\nFROM book book\nLIMIT -1 OFFSET ?",
        "skip");
    assertPlan(
        books().limit("size").offset("skip").build(),
        Dialect.SQLITE,
        "SELECT book.id, book.name\nFROM book book\nLIMIT ? OFFSET ?",
        "size",
        "skip");
  }

  @Test
  void likeNamesBackslashAsItsEscape() {
    assertEquals(
        "book.name LIKE ? ESCAPE '\\' OR book.name NOT LIKE 'a\\_%' ESCAPE '\\'",
        where(books(), "book.name LIKE :pattern OR book.name NOT LIKE 'a\\_%'"));
  }

  @Test
  void stringLiteralsAndFunctionsAreStandard() {
    assertEquals(
        "book.name = 'O''Brien\\' AND LENGTH(book.name) / 2 > 1",
        where(books(), "book.name = 'O''Brien\\' AND length(book.name) / 2 > 1"));
  }

  @Test
  void h2AndPostgresKeepTheirLikeAndLiterals() {
    for (Dialect dialect : new Dialect[] {Dialect.H2, Dialect.POSTGRES}) {
      String sql =
          SqlPlanner.plan(
                  Fixture.from(SAMPLE, "s")
                      .param("pattern", ValueKind.STRING)
                      .where("s.name LIKE :pattern AND s.flag = TRUE AND length(s.name) / 2 = 1")
                      .build(),
                  dialect)
              .sql();
      assertEquals(
          "SELECT s.id, s.name, s.flag, s.stars\nFROM sample s\n"
              + "WHERE s.name LIKE ? AND s.flag = TRUE AND LENGTH(s.name) / 2 = 1",
          sql,
          dialect.name());
    }
  }
}
