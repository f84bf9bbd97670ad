package dev.tenon.processor.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.Dialect;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Statements in the planner's shapes, resolved against a small schema. */
class StatementValidatorTest {
  private static final String DDL = """
      CREATE TABLE book (id bigint PRIMARY KEY, name text NOT NULL);
      CREATE TABLE book_note (id bigint PRIMARY KEY, book_id bigint NOT NULL, user_id bigint, text text);
      CREATE TABLE "user" (id bigint PRIMARY KEY, name text);
      """;

  private static List<String> problems(Dialect dialect, String sql) {
    SchemaCatalog catalog = new SchemaCatalog(dialect);
    new DdlReader(catalog).apply("V1__init.sql", dialect == Dialect.MYSQL ? DDL.replace('"', '`') : DDL);
    return new StatementValidator(catalog).problems(sql, Set.of());
  }

  @Test
  void fromInsideFunctionsAndUpdateInsideLocksAreNoTables() {
    String sql = "SELECT b.id, EXTRACT(YEAR FROM b.name), SUBSTRING(b.name FROM 2), TRIM(BOTH ' ' FROM b.name)\n"
        + "FROM book b\nWHERE b.id = ?\nORDER BY b.id LIMIT ? FOR UPDATE OF b SKIP LOCKED";
    assertEquals(List.of(), problems(Dialect.POSTGRES, sql));
    assertEquals(List.of(), problems(Dialect.H2, "SELECT book.id FROM book book LIMIT ? FOR UPDATE SKIP LOCKED"));
    assertEquals(
        List.of("names column nope (table BOOK), which is not"),
        problems(Dialect.H2, "UPDATE book SET nope = ? WHERE id = ?"),
        "an UPDATE statement still names its table");
  }

  @Test
  void joinsAggregatesAndQuotedNamesResolve() {
    String sql = "SELECT book.id, book.name, COALESCE(mine.v, 0), (\"anyNote\".k1 IS NOT NULL), u.name\n"
        + "FROM book book\n"
        + "LEFT OUTER JOIN (SELECT notes.book_id AS k1, COUNT(*) AS v FROM book_note notes"
        + " WHERE notes.user_id = ? GROUP BY notes.book_id) mine ON (mine.k1 = book.id)\n"
        + "LEFT OUTER JOIN (SELECT DISTINCT notes.book_id AS k1 FROM book_note notes) \"anyNote\""
        + " ON (\"anyNote\".k1 = book.id)\n"
        + "LEFT OUTER JOIN \"user\" u ON (u.id = ?)\n"
        + "WHERE book.id = ANY(?) AND EXISTS (SELECT 1 FROM book_note n WHERE n.book_id = book.id)\n"
        + "ORDER BY book.id LIMIT ?";
    assertEquals(List.of(), problems(Dialect.POSTGRES, sql));
    assertEquals(List.of(), problems(Dialect.H2, sql));
    assertEquals(List.of(), problems(Dialect.SQLITE, sql));
    assertEquals(List.of(), problems(Dialect.MYSQL, sql.replace('"', '`')));
  }

  @Test
  void aJoinNestedUnderAnOuterJoinResolves() {
    assertEquals(List.of(), problems(Dialect.POSTGRES,
        "SELECT book.id, notes.id, author.name\nFROM book book\n"
            + "LEFT OUTER JOIN (book_note notes INNER JOIN \"user\" author ON (author.id = notes.user_id))"
            + " ON (notes.book_id = book.id AND notes.text LIKE ?)\nORDER BY book.id, notes.id"));
  }

  @Test
  void tableFunctionsOfCollectionParametersAreNoTables() {
    assertEquals(List.of(), problems(Dialect.MYSQL,
        "SELECT notes.book_id, notes.id\nFROM book_note notes\nWHERE notes.book_id IN (SELECT j.v FROM"
            + " JSON_TABLE(?, '$[*]' COLUMNS (v BIGINT PATH '$')) j)\nORDER BY notes.book_id, notes.id"));
    assertEquals(List.of(), problems(Dialect.SQLITE,
        "SELECT book.id, book.name\nFROM book book\nWHERE book.id IN (SELECT value FROM json_each(?))"));
  }

  @Test
  void aStatementWrongForTheSchemaIsFound() {
    String sql = "SELECT book.id, book.title, n.txt\nFROM book book\n"
        + "INNER JOIN book_note n ON (n.book_id = book.id)\n"
        + "LEFT OUTER JOIN author a ON (a.id = book.author_id)\n"
        + "WHERE x.id = ?";
    assertEquals(
        List.of(
            "names table author, which is not",
            "names column book.title (table book), which is not",
            "names column n.txt (table book_note), which is not",
            "names column book.author_id (table book), which is not",
            "names x.id but no table has alias x, which is not"),
        problems(Dialect.POSTGRES, sql));
  }

  @Test
  void caseFoldingIsTheDialects() {
    // Unquoted, H2 folds to BOOK; quoted "Book" is another table there and on PostgreSQL.
    assertEquals(List.of(), problems(Dialect.H2, "SELECT b.ID FROM BOOK b"));
    assertEquals(List.of("names table Book, which is not"),
        problems(Dialect.POSTGRES, "SELECT b.id FROM \"Book\" b"));
    assertEquals(List.of(), problems(Dialect.MYSQL, "SELECT b.id FROM `Book` b"));
  }

  @Test
  void writeStatementsInEachDialectsShapeResolve() {
    String insert = "INSERT INTO book_note (text, book_id, user_id)\nVALUES (?, ?, ?)\n";
    assertEquals(List.of(), problems(Dialect.POSTGRES, insert
        + "ON CONFLICT (book_id, user_id) DO UPDATE SET text = EXCLUDED.text, user_id = book_note.user_id + 1\n"
        + "RETURNING id, text, book_id, user_id"));
    assertEquals(List.of(), problems(Dialect.MYSQL, insert + "ON DUPLICATE KEY UPDATE text = VALUES(text)"));
    assertEquals(List.of(), problems(Dialect.MYSQL,
        "SELECT id, text, book_id, user_id\nFROM book_note\nWHERE book_id = ? AND user_id = ?"));
    assertEquals(List.of(), problems(Dialect.H2, "SELECT id, text, book_id, user_id\n"
        + "FROM FINAL TABLE (MERGE INTO book_note USING (VALUES (?, ?, ?)) AS excluded (text, book_id, user_id)\n"
        + "ON (book_note.book_id = excluded.book_id AND book_note.user_id = excluded.user_id)\n"
        + "WHEN MATCHED THEN UPDATE SET text = excluded.text\n"
        + "WHEN NOT MATCHED THEN INSERT (text, book_id, user_id) VALUES (excluded.text, excluded.book_id,"
        + " excluded.user_id))"));
    assertEquals(List.of(), problems(Dialect.SQLITE,
        "UPDATE book_note AS n\nSET text = UPPER(?), user_id = n.user_id + 1\nWHERE n.book_id = ?"));
    assertEquals(List.of(), problems(Dialect.MYSQL, "DELETE n FROM book_note AS n\nWHERE n.user_id = ?"));
  }

  @Test
  void aWriteStatementWrongForTheSchemaIsFound() {
    assertEquals(
        List.of("names column txt (table book_note), which is not",
            "names column idd (table book_note), which is not"),
        problems(Dialect.POSTGRES, "INSERT INTO book_note (txt, book_id)\nVALUES (?, ?)\nRETURNING idd"));
    assertEquals(
        List.of("names column body (table book_note), which is not",
            "names column version (table book_note), which is not"),
        problems(Dialect.SQLITE, "UPDATE book_note\nSET body = ?, version = version + 1\nWHERE id = ? AND version = ?"));
  }
}
