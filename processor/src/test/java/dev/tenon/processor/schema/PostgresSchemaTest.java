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
 * Entities and DAOs checked against the PostgreSQL migrations in src/test/resources/schema/postgres
 * (enum type, domain, identity, serials, partitions, functions, a DO block, a rename and a drop).
 */
class PostgresSchemaTest {
  static final JavaFileObject AUTHOR =
      source(
          "test.Author",
          """
          @Table("author")
          public record Author(@Id long id, String name, LocalDate born, @Nullable String nickname,
              OffsetDateTime createdAt, @Nullable LocalDateTime updatedAt, short rating) {}
          """);

  static final JavaFileObject BOOK =
      source(
          "test.Book",
          """
          @Table("book")
          public record Book(
              @Id long id,
              @ForeignKey(value = Author.class, related = "books") long authorId,
              String title,
              @Nullable String isbn,
              Status status,
              @Nullable Long pages,
              @Nullable BigDecimal price,
              @Nullable LocalDate releasedOn,
              @Nullable String subtitle) {
            public enum Status { draft, published, retired, banned }
          }
          """);

  static final JavaFileObject NOTE =
      source(
          "test.BookNote",
          """
          @Table("book_note")
          public record BookNote(@Id int id,
              @ForeignKey(value = Book.class, related = "notes") long bookId, String body) {}
          """);

  static final JavaFileObject APP_USER =
      source(
          "test.AppUser",
          """
          @Table("AppUser")
          public record AppUser(@Id UUID id, @Column("Email") String email) {}
          """);

  static final JavaFileObject DAO =
      source(
          "test.Library",
          """
          @Dao(dialect = Dialect.POSTGRES)
          interface Library {
            @Select(from = Book.class)
            @LeftJoin(path = "book.notes", as = "notes")
            @Where("book.title = :title")
            List<Row> byTitle(String title);

            @Select(from = Author.class)
            @Count(path = "author.books", as = "books")
            @OrderBy("author.name")
            List<Counted> authors(@Limit int limit);

            @Select(from = AppUser.class)
            @Where("appUser.email = :email")
            Optional<AppUser> user(String email);

            record Row(Book book, List<BookNote> notes) {}
            record Counted(Author author, long books) {}
          }
          """);

  @Test
  void entitiesThatMatchTheMigrationsCompileWithoutWarnings() {
    Compilation compilation =
        compile(migrations("postgres"), "POSTGRES", AUTHOR, BOOK, NOTE, APP_USER, DAO);
    assertThat(compilation).succeeded();
    assertThat(tenon(compilation, Diagnostic.Kind.WARNING)).isEmpty();
    assertThat(compilation).generatedSourceFile("test.TenonLibrary");
  }

  @Test
  void aMissingTableIsAnErrorOnTheTableNameWithTheNearestOne() {
    JavaFileObject entity =
        source("test.Bok", """
            @Table("bok")
            public record Bok(@Id long id) {}
            """);
    Compilation compilation = compile(migrations("postgres"), "POSTGRES", entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:schema-missing-table] Bok reads table 'bok', which the POSTGRES schema does not"
                + " have; did you mean 'book'?")
        .inFile(entity)
        .onLineContaining("@Table(\"bok\")");
  }

  @Test
  void aRenamedAndADroppedColumnAreErrorsOnTheComponent() {
    JavaFileObject entity =
        source("test.Book", """
            @Table("book")
            public record Book(@Id long id,
                @Nullable LocalDate publishedOn,
                @Nullable String meta) {}
            """);
    Compilation compilation = compile(migrations("postgres"), "POSTGRES", entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:schema-missing-column] Book.publishedOn reads column 'published_on', which"
                + " table 'book' does not have in the schema; did you mean 'released_on'?")
        .inFile(entity)
        .onLineContaining("LocalDate publishedOn");
    assertThat(compilation)
        .hadErrorContaining("[tenon:schema-missing-column] Book.meta reads column 'meta'")
        .inFile(entity)
        .onLineContaining("String meta");
    assertThat(tenon(compilation, Diagnostic.Kind.ERROR)).hasSize(2);
  }

  @Test
  void aJavaTypeTheColumnCannotCarryIsAnError() {
    JavaFileObject entity =
        source("test.Author", """
            @Table("author")
            public record Author(@Id int id, long name, LocalDate createdAt, LocalDate born) {}
            """);
    Compilation compilation = compile(migrations("postgres"), "POSTGRES", entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:schema-type] Author.id is int, which column author.id of SQL type bigint cannot"
                + " carry; declare it as long or Long, or change the column")
        .inFile(entity)
        .onLineContaining("@Id int id");
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:schema-type] Author.name is long, which column author.name of SQL type text"
                + " cannot carry; declare it as String (or an enum)")
        .inFile(entity)
        .onLineContaining("long name");
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:schema-type] Author.createdAt is LocalDate, which column"
                + " author.created_at of SQL type timestamptz cannot carry; declare it as"
                + " OffsetDateTime or Instant")
        .inFile(entity)
        .onLineContaining("LocalDate createdAt");
    assertThat(tenon(compilation, Diagnostic.Kind.ERROR)).hasSize(3);
  }

  @Test
  void aNullableColumnReadIntoAPrimitiveOrANonNullableComponentIsAWarningQuotingTheDdl() {
    JavaFileObject entity =
        source("test.Book", """
            @Table("book")
            public record Book(@Id long id, long pages, String subtitle) {}
            """);
    Compilation compilation = compile(migrations("postgres"), "POSTGRES", entity);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[tenon:schema-nullable] Book.pages is a primitive, but column book.pages can be NULL"
                + " (pages integer CHECK(pages > 0), in the statement at V1__init.sql:17); use the boxed type with"
                + " @Nullable or make the column NOT NULL")
        .inFile(entity)
        .onLineContaining("long pages");
    assertThat(compilation)
        .hadWarningContaining(
            "[tenon:schema-nullable] Book.subtitle is not @Nullable, but column book.subtitle can"
                + " be NULL (subtitle varchar(200), in the statement at"
                + " V10__rename_and_drop.sql:3); mark it")
        .inFile(entity)
        .onLineContaining("String subtitle");
  }

  @Test
  void theNullableWarningCanBeSuppressedOnTheEntity() {
    JavaFileObject entity =
        source("test.Book", """
            @SuppressWarnings("tenon:schema-nullable")
            @Table("book")
            public record Book(@Id long id, long pages) {}
            """);
    Compilation compilation = compile(migrations("postgres"), "POSTGRES", entity);
    assertThat(compilation).succeeded();
    assertThat(tenon(compilation, Diagnostic.Kind.WARNING)).isEmpty();
  }

  @Test
  void anIdThatIsNotAKeyIsAWarning() {
    JavaFileObject entity =
        source("test.Event", """
            @Table("event_log_2026")
            public record Event(@Id long id, short kind) {}
            """);
    Compilation compilation = compile(migrations("postgres"), "POSTGRES", entity);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[tenon:schema-id-not-key] Event's @Id (id) is neither the primary key nor a unique key"
                + " of table 'event_log_2026' in the schema (primary key [id, happened_at]); rows it"
                + " finds may not be one per id")
        .inFile(entity)
        .onLineContaining("@Id long id");
  }

  @Test
  void aUniqueKeyServesAsId() {
    JavaFileObject entity =
        source("test.ByIsbn", """
            @Table("book")
            public record ByIsbn(@Id @Nullable String isbn, String title) {}
            """);
    Compilation compilation = compile(migrations("postgres"), "POSTGRES", entity);
    assertThat(compilation).succeeded();
    assertThat(tenon(compilation, Diagnostic.Kind.WARNING)).isEmpty();
  }

  @Test
  void aMixedCaseNameMatchesOnlyTheQuotedTable() {
    JavaFileObject entity =
        source("test.Account", """
            @Table("appuser")
            public record Account(@Id UUID id) {}
            """);
    Compilation compilation = compile(migrations("postgres"), "POSTGRES", entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:schema-missing-table] Account reads table 'appuser', which the POSTGRES schema"
                + " does not have; did you mean 'AppUser'?");
  }

  @Test
  void aValueRecordIsJudgedByTheTypeItIsStoredAs() {
    JavaFileObject entity =
        source("test.Author", """
            @Table("author")
            public record Author(@Id AuthorId id, Name name) {
              public record AuthorId(long value) {}
              public record Name(int value) {}
            }
            """);
    Compilation compilation = compile(migrations("postgres"), "POSTGRES", entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:schema-type] Author.name is Name (stored as int), which column author.name of"
                + " SQL type text cannot carry")
        .inFile(entity)
        .onLineContaining("Name name)");
    assertThat(tenon(compilation, Diagnostic.Kind.ERROR)).hasSize(1);
  }
}
