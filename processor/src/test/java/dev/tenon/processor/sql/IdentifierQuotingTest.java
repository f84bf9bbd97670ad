package dev.tenon.processor.sql;

import static dev.tenon.processor.sql.Fixture.BOOK_NOTES;
import static dev.tenon.processor.sql.Fixture.NOTE_USER;
import static dev.tenon.processor.sql.Fixture.assertPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.Dialect;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names are written unquoted unless the dialect reserves them or they are not plain lowercase;
 * quoting applies everywhere a name appears (FROM, JOIN, ON, SELECT, WHERE, ORDER BY).
 */
class IdentifierQuotingTest {

  /** {@code value} and {@code key} are reserved in H2 only, {@code desc} in PostgreSQL only. */
  private static final Entity SETTING =
      Fixture.entity("Setting", "setting")
          .id("key", ValueKind.STRING)
          .column("value", ValueKind.STRING)
          .column("desc", ValueKind.STRING)
          .column("displayName", "Name", ValueKind.STRING)
          .build();

  @Test
  void reservedTableIsQuotedOnBoth() {
    assertPlan(
        Fixture.from(Fixture.APP_USER, "u").where("u.name <> ''").build(),
        "SELECT u.id, u.name, u.country_id\nFROM \"user\" u\nWHERE u.name <> ''");
  }

  @Test
  void reservedTableAndAliasInAJoin() {
    assertPlan(
        Fixture.from(Fixture.BOOK, "b")
            .leftJoin("b", BOOK_NOTES, "n", null)
            .leftJoin("n", NOTE_USER, "user", "user.name IS NOT NULL")
            .select("user")
            .orderBy("user.name DESC")
            .build(),
        "SELECT \"user\".id, \"user\".name, \"user\".country_id\n"
            + "FROM book b\n"
            + "LEFT OUTER JOIN book_note n ON (n.book_id = b.id)\n"
            + "LEFT OUTER JOIN \"user\" \"user\""
            + " ON (\"user\".id = n.user_id AND \"user\".name IS NOT NULL)\n"
            + "ORDER BY \"user\".name DESC");
  }

  @Test
  void reservedAliasIsQuotedEverywhere() {
    assertPlan(
        Fixture.from(Fixture.BOOK, "order")
            .leftJoin("order", BOOK_NOTES, "n", "n.text <> order.name")
            .where("order.id > 0")
            .orderBy("order.name")
            .build(),
        "SELECT \"order\".id, \"order\".name\n"
            + "FROM book \"order\"\n"
            + "LEFT OUTER JOIN book_note n ON (n.book_id = \"order\".id AND n.text <> \"order\".name)\n"
            + "WHERE \"order\".id > 0\n"
            + "ORDER BY \"order\".name");
  }

  @Test
  void aliasThatIsNotPlainLowercaseIsQuoted() {
    assertPlan(
        Fixture.from(Fixture.APP_USER, "appUser").build(),
        "SELECT \"appUser\".id, \"appUser\".name, \"appUser\".country_id\nFROM \"user\" \"appUser\"");
  }

  @Test
  void wordsReservedByOneDialectOnly() {
    var query =
        Fixture.from(SETTING, "s")
            .param("v", ValueKind.STRING)
            .where("s.value = :v AND s.desc IS NULL")
            .orderBy("s.key")
            .build();
    assertPlan(
        query,
        Dialect.H2,
        "SELECT s.\"key\", s.\"value\", s.desc, s.\"Name\"\n"
            + "FROM setting s\n"
            + "WHERE s.\"value\" = ? AND s.desc IS NULL\n"
            + "ORDER BY s.\"key\"",
        "v");
    assertPlan(
        query,
        Dialect.POSTGRES,
        "SELECT s.key, s.value, s.\"desc\", s.\"Name\"\n"
            + "FROM setting s\n"
            + "WHERE s.value = ? AND s.\"desc\" IS NULL\n"
            + "ORDER BY s.key",
        "v");
  }

  @Test
  void columnNamedByItsJavaNameOrItsColumnRendersTheColumn() {
    assertPlan(
        Fixture.from(SETTING, "s").where("s.displayName = s.Name").build(),
        Dialect.H2,
        "SELECT s.\"key\", s.\"value\", s.desc, s.\"Name\"\n"
            + "FROM setting s\n"
            + "WHERE s.\"Name\" = s.\"Name\"");
  }

  @Test
  void reservedColumnsInJoinKeys() {
    Entity entry =
        Fixture.entity("Entry", "entry")
            .id("id")
            .column("key", ValueKind.STRING)
            .build();
    var query =
        Fixture.from(entry, "e")
            .leftJoin("e", Fixture.relation("setting", entry, SETTING, false, "key=key"), "s", null)
            .build();
    assertPlan(
        query,
        Dialect.H2,
        "SELECT e.id, e.\"key\"\nFROM entry e\nLEFT OUTER JOIN setting s ON (s.\"key\" = e.\"key\")");
    assertPlan(
        query,
        Dialect.POSTGRES,
        "SELECT e.id, e.key\nFROM entry e\nLEFT OUTER JOIN setting s ON (s.key = e.key)");
  }

  @ParameterizedTest(name = "{0}: H2 {1}, PostgreSQL {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "book        | book          | book",
        "book_note   | book_note     | book_note",
        "_tmp1       | _tmp1         | _tmp1",
        "user        | \"user\"      | \"user\"",
        "order       | \"order\"     | \"order\"",
        "select      | \"select\"    | \"select\"",
        "value       | \"value\"     | value",
        "key         | \"key\"       | key",
        "year        | \"year\"      | year",
        "_rowid_     | \"_rowid_\"   | _rowid_",
        "desc        | desc          | \"desc\"",
        "asc         | asc           | \"asc\"",
        "column      | column        | \"column\"",
        "Name        | \"Name\"      | \"Name\"",
        "bookNote    | \"bookNote\"  | \"bookNote\"",
        "BOOK        | \"BOOK\"      | \"BOOK\"",
        "1st         | \"1st\"       | \"1st\"",
        "my-table    | \"my-table\"  | \"my-table\"",
        "café        | \"café\"      | \"café\"",
        "a\"b        | \"a\"\"b\"    | \"a\"\"b\"",
      })
  void quote(String name, String h2, String postgres) {
    assertEquals(h2, Identifiers.quote(Dialect.H2, name));
    assertEquals(postgres, Identifiers.quote(Dialect.POSTGRES, name));
  }

  @Test
  void isReservedIsPerDialect() {
    assertTrue(Identifiers.isReserved(Dialect.H2, "value"));
    assertFalse(Identifiers.isReserved(Dialect.POSTGRES, "value"));
    assertTrue(Identifiers.isReserved(Dialect.POSTGRES, "desc"));
    assertFalse(Identifiers.isReserved(Dialect.H2, "desc"));
    assertTrue(Identifiers.isReserved(Dialect.H2, "user"));
    assertTrue(Identifiers.isReserved(Dialect.POSTGRES, "user"));
  }
}
