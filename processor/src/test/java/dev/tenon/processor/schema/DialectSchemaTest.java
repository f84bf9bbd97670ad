package dev.tenon.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.schema.SchemaCompiler.compile;
import static dev.tenon.processor.schema.SchemaCompiler.migrations;
import static dev.tenon.processor.schema.SchemaCompiler.source;
import static dev.tenon.processor.schema.SchemaCompiler.tenon;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The same checks on the MySQL, H2 and SQLite migrations in src/test/resources/schema, where the
 * DDL and the type rules differ (backticks, AUTO_INCREMENT, CHANGE, ENUM(…), tinyint(1), unsigned;
 * H2's upper-case folding and ALTER COLUMN … RENAME TO; SQLite's affinities, STRICT, WITHOUT
 * ROWID and triggers).
 */
class DialectSchemaTest {
  private static JavaFileObject dao(String dialect, String entity) {
    return source(
        "test.Queries",
        """
        @Dao(dialect = Dialect.%s)
        interface Queries {
          @Select(from = %s.class)
          @Where("%s.id = :id")
          Optional<%s> byId(long id);
        }
        """.formatted(dialect, entity, Character.toLowerCase(entity.charAt(0)) + entity.substring(1), entity));
  }

  @Test
  void mysqlEntitiesThatMatchCompileWithoutWarnings() {
    JavaFileObject author =
        source("test.Author", """
            @Table("author")
            public record Author(@Id long id, String name, @Nullable String bio, LocalDate born,
                boolean active, LocalDateTime createdAt) {}
            """);
    JavaFileObject book =
        source("test.Book", """
            @Table("book")
            public record Book(@Id long id, long authorId, String title, String status,
                @Nullable BigDecimal price, @Nullable Long pageCount, @Nullable String titleUpper,
                @Nullable LocalDate releasedOn) {}
            """);
    Compilation compilation =
        compile(migrations("mysql"), "MYSQL", author, book, dao("MYSQL", "Book"));
    assertThat(compilation).succeeded();
    assertThat(tenon(compilation, Diagnostic.Kind.WARNING)).isEmpty();
  }

  @Test
  void mysqlRenameChangeAndDrop() {
    JavaFileObject book =
        source("test.Book", """
            @Table("book")
            public record Book(@Id long id, @Nullable Integer pages, @Nullable String meta,
                @Nullable Integer pageCount) {}
            """);
    Compilation compilation = compile(migrations("mysql"), "MYSQL", book);
    assertThat(compilation)
        .hadErrorContaining("[tenon:schema-missing-column] Book.pages reads column 'pages'")
        .inFile(book)
        .onLineContaining("Integer pages");
    assertThat(compilation)
        .hadErrorContaining("[tenon:schema-missing-column] Book.meta reads column 'meta'")
        .inFile(book)
        .onLineContaining("String meta");
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:schema-type] Book.pageCount is Integer, which column book.page_count"
                + " of SQL type int unsigned cannot carry; declare it as long or Long")
        .inFile(book)
        .onLineContaining("Integer pageCount");
    assertThat(tenon(compilation, Diagnostic.Kind.ERROR)).hasSize(3);
  }

  @Test
  void h2EntitiesThatMatchCompileWithoutWarnings() {
    JavaFileObject book =
        source("test.Book", """
            @Table("book")
            public record Book(@Id long id, long authorId, String title, @Nullable String isbn,
                String status, @Nullable Integer pages, @Nullable String titleLower,
                @Nullable LocalDate releasedOn, @Nullable String subtitle) {}
            """);
    Compilation compilation = compile(migrations("h2"), "H2", book, dao("H2", "Book"));
    assertThat(compilation).succeeded();
    assertThat(tenon(compilation, Diagnostic.Kind.WARNING)).isEmpty();
  }

  @Test
  void h2RenameDropAndCaseFolding() {
    JavaFileObject book =
        source("test.Book", """
            @Table("book")
            public record Book(@Id long id, @Nullable LocalDate publishedOn, @Nullable String meta) {}
            """);
    JavaFileObject note =
        source("test.Note", """
            @Table("Book_Note")
            public record Note(@Id long id) {}
            """);
    Compilation compilation = compile(migrations("h2"), "H2", book, note);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:schema-missing-column] Book.publishedOn reads column 'published_on', which"
                + " table 'BOOK' does not have in the schema; did you mean 'RELEASED_ON'?")
        .inFile(book)
        .onLineContaining("publishedOn");
    assertThat(compilation)
        .hadErrorContaining("[tenon:schema-missing-column] Book.meta reads column 'meta'")
        .inFile(book)
        .onLineContaining("String meta");
    // Tenon quotes a mixed-case name, and H2 stored the unquoted book_note as BOOK_NOTE.
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:schema-missing-table] Note reads table 'Book_Note', which the H2 schema does not"
                + " have; did you mean 'BOOK_NOTE'?")
        .inFile(note)
        .onLineContaining("@Table(\"Book_Note\")");
  }

  @Test
  void sqliteEntitiesThatMatchCompileWithoutWarnings() {
    JavaFileObject book =
        source("test.Book", """
            @Table("book")
            public record Book(@Id long id, long authorId, String title, @Nullable Integer pages,
                @Nullable Double price, @Nullable String titleLower, @Nullable LocalDate releasedOn,
                @Nullable String subtitle) {}
            """);
    JavaFileObject tag =
        source("test.Tag", """
            @Table("tag")
            public record Tag(@Id String name, @Nullable Long uses) {}
            """);
    Compilation compilation = compile(migrations("sqlite"), "SQLITE", book, tag, dao("SQLITE", "Book"));
    assertThat(compilation).succeeded();
    assertThat(tenon(compilation, Diagnostic.Kind.WARNING)).isEmpty();
  }

  @Test
  void sqliteRenameDropAndAffinity() {
    JavaFileObject book =
        source("test.Book", """
            @Table("book")
            public record Book(@Id long id, long title, @Nullable String price,
                @Nullable String publishedOn, @Nullable byte[] meta) {}
            """);
    Compilation compilation = compile(migrations("sqlite"), "SQLITE", book);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:schema-type] Book.title is long, which column book.title of SQL type text cannot"
                + " carry; declare it as String")
        .inFile(book)
        .onLineContaining("long title");
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:schema-type] Book.price is String, which column book.price of SQL type"
                + " real cannot carry; declare it as double")
        .inFile(book)
        .onLineContaining("String price");
    assertThat(compilation)
        .hadErrorContaining("[tenon:schema-missing-column] Book.publishedOn reads column 'published_on'")
        .inFile(book)
        .onLineContaining("publishedOn");
    assertThat(compilation)
        .hadErrorContaining("[tenon:schema-missing-column] Book.meta reads column 'meta'")
        .inFile(book)
        .onLineContaining("byte[] meta");
    assertThat(tenon(compilation, Diagnostic.Kind.ERROR)).hasSize(4);
  }
}
