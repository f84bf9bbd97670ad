package dev.tenon.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogs the test migrations leave, and what the reader refuses to guess. */
class DdlReaderTest {
  private static SchemaCatalog read(String folder, Dialect dialect) throws IOException {
    SchemaCatalog catalog = new SchemaCatalog(dialect);
    DdlReader reader = new DdlReader(catalog);
    for (Path file : Migrations.ordered(SchemaCompiler.migrations(folder))) {
      reader.apply(file.getFileName().toString(), Files.readString(file));
    }
    return catalog;
  }

  private static String describe(SchemaColumn column) {
    return (column.name() + " " + column.type() + (column.notNull() ? " not null" : "")
        + (column.filled() ? " filled" : "") + (column.identity() ? " identity" : "")).strip();
  }

  private static List<String> columns(SchemaCatalog catalog, String table) {
    return catalog.table(table).columns().stream().map(DdlReaderTest::describe).toList();
  }

  @Test
  void flywayOrderIsByVersionNumberThenRepeatables(@TempDir Path dir) throws IOException {
    for (String name : List.of("R__views.sql", "V10__c.sql", "V2__b.sql", "V2_1__b2.sql", "V1__a.sql",
        "V1.5__a2.sql", "notes.txt")) {
      Files.writeString(dir.resolve(name), "");
    }
    assertEquals(
        List.of("V1__a.sql", "V1.5__a2.sql", "V2__b.sql", "V2_1__b2.sql", "V10__c.sql", "R__views.sql"),
        Migrations.ordered(dir).stream().map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void postgres() throws IOException {
    SchemaCatalog catalog = read("postgres", Dialect.POSTGRES);
    assertEquals(List.of(), catalog.unread());
    assertEquals(
        List.of("id bigint not null filled identity", "author_id bigint not null",
            "title varchar(200) not null", "isbn varchar(13)", "status enum not null filled",
            "pages bigint", "price numeric(10, 2)", "released_on date", "title_lower text filled",
            "tags text[] not null filled", "subtitle varchar(200)"),
        columns(catalog, "book"));
    assertTrue(catalog.table("book").isKey(List.of("isbn")));
    assertFalse(catalog.table("book").isKey(List.of("author_id")), "an index on lower(title) is no key on columns");
    assertEquals(List.of("id", "happened_at"), catalog.table("event_log_2026").primaryKey());
    assertTrue(catalog.table("book_note").isKey(List.of("id", "book_id")));
    assertEquals("born date not null", describe(catalog.table("author").column("born")));
    assertEquals("rating smallint not null filled", describe(catalog.table("author").column("rating")));
    assertNull(catalog.table("appuser"));
    assertEquals("Email text not null", describe(catalog.table("AppUser").column("Email")));
  }

  @Test
  void mysql() throws IOException {
    SchemaCatalog catalog = read("mysql", Dialect.MYSQL);
    assertEquals(List.of(), catalog.unread());
    assertEquals(
        List.of("id bigint unsigned not null filled identity", "name varchar(100) not null",
            "born date not null", "active tinyint(1) not null filled",
            "created_at datetime(6) not null filled", "bio text"),
        columns(catalog, "author"));
    assertTrue(catalog.table("author").isKey(List.of("name")));
    assertEquals("page_count int unsigned", describe(catalog.table("book").column("page_count")));
    assertNull(catalog.table("book").column("pages"));
    assertEquals("title_upper varchar(200) filled", describe(catalog.table("book").column("title_upper")));
  }

  @Test
  void h2() throws IOException {
    SchemaCatalog catalog = read("h2", Dialect.H2);
    assertEquals(List.of(), catalog.unread());
    assertEquals("ID bigint not null filled", describe(catalog.table("AUTHOR").column("ID")));
    assertEquals("RELEASED_ON date", describe(catalog.table("BOOK").column("RELEASED_ON")));
    assertTrue(catalog.table("BOOK").isKey(List.of("ISBN")));
    assertEquals("ISBN varchar(13)", describe(catalog.table("BOOK").column("ISBN")));
  }

  @Test
  void sqlite() throws IOException {
    SchemaCatalog catalog = read("sqlite", Dialect.SQLITE);
    assertEquals(List.of(), catalog.unread());
    assertEquals(
        List.of("id integer not null filled identity", "name text not null", "born text",
            "rating", "created_at text not null filled"),
        columns(catalog, "author"));
    assertEquals("name text not null", describe(catalog.table("tag").column("name")));
    assertEquals("id integer not null filled identity", describe(catalog.table("book_note").column("id")));
    assertTrue(catalog.table("book_note").isKey(List.of("book_id", "body")));
  }

  @Test
  void whatItCannotReadIsRecordedWithFileAndLine() {
    SchemaCatalog catalog = new SchemaCatalog(Dialect.POSTGRES);
    new DdlReader(catalog).apply("V1__odd.sql", """
        CREATE TABLE a (id bigint PRIMARY KEY);
        CREATE TABLE b AS SELECT * FROM a;
        DO $$ BEGIN EXECUTE 'CREATE TABLE c (id int)'; END $$;
        ALTER TABLE missing ADD COLUMN x int;
        FROB the database;
        ALTER TABLE a ADD COLUMN y int, OWNER TO app;
        """);
    assertEquals(
        List.of(
            "V1__odd.sql:2 CREATE TABLE … AS or LIKE: its columns come from a query or another table",
            "V1__odd.sql:3 a DO block is procedural code Tenon does not run, and this one changes tables",
            "V1__odd.sql:4 it alters a table that the statements before it do not create",
            "V1__odd.sql:5 not a statement Tenon reads"),
        catalog.unread().stream().map(u -> u.where() + " " + u.reason()).toList());
    assertEquals("y int", describe(catalog.table("a").column("y")));
  }
}
