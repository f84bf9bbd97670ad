package dev.tenon.processor.diag;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;
import static dev.tenon.processor.diag.Sources.tenonMessages;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Declarations that compile but are known traps, and how to silence each warning. */
class WarningsTest {
  private static final String WHERE_ON_OUTER_JOIN =
      "[tenon:where-on-outer-join] @Where tests a column of outer-joined alias 'writer', which"
          + " turns the LEFT JOIN into an inner one (rows without a match vanish); move the test"
          + " into that join's 'on'";

  /** A second entity with a to-many relation from Book: {@code book.loans}. */
  private static final JavaFileObject LOAN =
      source(
          "test.Loan",
          """
          @Table
          record Loan(@Id long id, @ForeignKey(value = Book.class, related = "loans") long bookId) {}
          """);

  @Test
  void whereOnAnOuterJoinedAlias() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = BookNote.class)
              @LeftJoin(path = "bookNote.user", as = "writer")
              @Where("writer.name = :name")
              List<Row> by(String name);

              record Row(BookNote bookNote, @Nullable AppUser writer) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(WHERE_ON_OUTER_JOIN)
        .inFile(dao)
        .onLineContaining("@Where(\"writer.name = :name\")");
    assertThat(tenonMessages(compilation, Diagnostic.Kind.WARNING)).hasSize(1);
  }

  @Test
  void nullTestOnAnOuterJoinedAliasIsNoTrap() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = BookNote.class)
              @LeftJoin(path = "bookNote.user", as = "writer")
              @Where("writer.id IS NULL")
              List<BookNote> orphans();
            }
            """);
    assertThat(compile(dao)).succeededWithoutWarnings();
  }

  @Test
  void whereOnOuterJoinSuppressedOnTheMethod() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = BookNote.class)
              @LeftJoin(path = "bookNote.user", as = "writer")
              @Where("writer.name = :name")
              @SuppressWarnings("tenon:where-on-outer-join")
              List<Row> by(String name);

              @Select(from = BookNote.class)
              @LeftJoin(path = "bookNote.user", as = "writer")
              @Where("writer.id = :userId")
              List<Row> byId(long userId);

              record Row(BookNote bookNote, @Nullable AppUser writer) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation).succeeded();
    // Only the method without @SuppressWarnings still warns.
    assertThat(compilation)
        .hadWarningContaining(WHERE_ON_OUTER_JOIN)
        .inFile(dao)
        .onLineContaining("@Where(\"writer.id = :userId\")");
    assertThat(tenonMessages(compilation, Diagnostic.Kind.WARNING)).hasSize(1);
  }

  @Test
  void whereOnOuterJoinSuppressedOnTheInterface() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            @SuppressWarnings({"unused", "tenon:where-on-outer-join"})
            interface Notes {
              @Select(from = BookNote.class)
              @LeftJoin(path = "bookNote.user", as = "writer")
              @Where("writer.name = :name")
              List<Row> by(String name);

              @Select(from = BookNote.class)
              @LeftJoin(path = "bookNote.user", as = "writer")
              @Where("writer.id = :userId")
              List<Row> byId(long userId);

              record Row(BookNote bookNote, @Nullable AppUser writer) {}
            }
            """);
    assertThat(compile(dao)).succeededWithoutWarnings();
  }

  @Test
  void toManyAliasMappedToOneEntity() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "note")
              List<Row> all();

              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "mine", on = "mine.userId = :userId")
              List<Mine> mine(long userId);

              record Row(Book book, @Nullable BookNote note) {}

              record Mine(Book book, @Nullable BookNote mine) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[tenon:to-many-as-single] 'note' joins a to-many relation but is mapped to one entity,"
                + " so the result has one row per related row; map it to a List<…>")
        .inFile(dao)
        .onLineContaining("@LeftJoin(path = \"book.notes\", as = \"note\")");
    assertThat(tenonMessages(compilation, Diagnostic.Kind.WARNING)).hasSize(1);
  }

  @Test
  void twoFoldedCollections() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes")
              @LeftJoin(path = "book.loans")
              List<Row> all();

              @Select(from = Book.class)
              @LeftJoin(path = "book.notes")
              @LeftJoin(path = "book.loans")
              @SuppressWarnings("tenon:multiplying-collections")
              List<Row> allQuietly();

              @Select(from = Book.class)
              @LeftJoin(path = "book.notes")
              @LeftJoin(path = "book.loans", fetch = Fetch.BATCH)
              List<Row> allBatched();

              record Row(Book book, List<BookNote> notes, List<Loan> loans) {}
            }
            """);
    Compilation compilation = compile(LOAN, dao);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[tenon:multiplying-collections] collections notes, loans are folded from one"
                + " statement, so their rows multiply each other")
        .inFile(dao)
        .onLineContaining("List<Row> all();");
    assertThat(tenonMessages(compilation, Diagnostic.Kind.WARNING)).hasSize(1);
  }

  @Test
  void anAggregateNothingUses() {
    JavaFileObject dao =
        source(
            "test.Counts",
            """
            @Dao
            interface Counts {
              @Select(from = Book.class)
              @Count(path = "book.notes", as = "forgotten")
              @OrderBy("book.id")
              List<Book> forgotten();

              @Select(from = Book.class)
              @Count(path = "book.notes", as = "noteCount")
              @Where("noteCount > 1")
              List<Book> filtered();

              @Select(from = Book.class)
              @Exists(path = "book.notes", as = "noted")
              @OrderBy({"noted DESC", "book.id"})
              List<Book> sorted();

              @Select(from = Book.class)
              @Count(path = "book.notes", as = "noteCount")
              List<Counted> mapped();

              @Select(from = Book.class)
              @Count(path = "book.notes", as = "noteCount")
              @SuppressWarnings("tenon:unused-aggregate")
              List<Book> quietly();

              record Counted(Book book, long noteCount) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[tenon:unused-aggregate] 'forgotten' is computed on every call but nothing uses it:"
                + " map it to a result component named 'forgotten', use it in @Where or @OrderBy,"
                + " or remove it")
        .inFile(dao)
        .onLineContaining("as = \"forgotten\")");
    assertThat(tenonMessages(compilation, Diagnostic.Kind.WARNING)).hasSize(1);
  }
}
