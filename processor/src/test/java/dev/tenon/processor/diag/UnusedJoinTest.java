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

/** {@code unused-join}: an outer join nothing uses is warned about, every use keeps it quiet. */
class UnusedJoinTest {

  @Test
  void aToManyLeftJoinNothingUsesIsWarnedAbout() {
    JavaFileObject dao =
        source(
            "test.Books",
            """
            @Dao
            interface Books {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
              @OrderBy("book.id")
              List<Book> books(long userId);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[tenon:unused-join] left join 'usernote' is not used: no component maps it and no"
                + " condition, @OrderBy, aggregate or other join names it, yet it is joined on"
                + " every call, and as a to-many relation it repeats each root row once per"
                + " related row; map it to a component named 'usernote', use it, or remove it")
        .inFile(dao)
        .onLineContaining("@LeftJoin(path = \"book.notes\"");
    assertThat(tenonMessages(compilation, Diagnostic.Kind.WARNING)).hasSize(1);
  }

  @Test
  void aToOneLeftJoinNothingUsesIsWarnedAboutWithoutTheMultiplying() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = BookNote.class, as = "note")
              @LeftJoin(path = "note.book")
              @LeftJoin(path = "note.user", as = "writer")
              List<Row> notes();

              record Row(BookNote note, @Nullable Book book) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[tenon:unused-join] left join 'writer' is not used: no component maps it and no"
                + " condition, @OrderBy, aggregate or other join names it, yet it is joined on"
                + " every call; map it")
        .inFile(dao)
        .onLineContaining("as = \"writer\"");
    assertThat(tenonMessages(compilation, Diagnostic.Kind.WARNING)).hasSize(1);
  }

  @Test
  void everyKindOfUseKeepsAJoinQuiet() {
    JavaFileObject dao =
        source(
            "test.Books",
            """
            @Dao
            interface Books {
              // In @Where (an IS NULL test: no outer-join trap), in @OrderBy, in @Expr.
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "a", on = "a.userId = :userId")
              @LeftJoin(path = "book.notes", as = "b", on = "b.userId = :userId")
              @LeftJoin(path = "book.notes", as = "c", on = "c.userId = :userId")
              @Where("a.id IS NULL")
              @OrderBy("b.text")
              List<Row> used(long userId);

              record Row(Book book, @Expr("c.text") @Nullable String text) {}

              // In another join's on, as the parent of a mapped join, in an aggregate's where.
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "mine", on = "mine.userId = :userId")
              @LeftJoin(path = "book.notes", as = "others", on = "others.userId <> mine.userId")
              @LeftJoin(path = "book.notes", as = "parent", on = "parent.userId = :userId")
              @LeftJoin(path = "parent.user", as = "writer")
              @LeftJoin(path = "book.notes", as = "counted", on = "counted.userId = :userId")
              @Count(path = "book.notes", where = "notes.text = counted.text", as = "same")
              List<Wide> wide(long userId);

              record Wide(
                  Book book, @Nullable BookNote others, @Nullable AppUser writer, long same) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation).succeeded();
    assertThat(tenonMessages(compilation, Diagnostic.Kind.WARNING)).isEmpty();
  }

  @Test
  void anInnerJoinFiltersSoItIsNeverUnused() {
    JavaFileObject dao =
        source(
            "test.Books",
            """
            @Dao
            interface Books {
              @Select(from = Book.class, distinct = true)
              @InnerJoin(path = "book.notes")
              @OrderBy("book.id")
              List<Book> booksWithANote();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void theWarningCanBeSuppressed() {
    JavaFileObject dao =
        source(
            "test.Books",
            """
            @Dao
            interface Books {
              @SuppressWarnings("tenon:unused-join")
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes")
              @OrderBy("book.id")
              List<Book> everyBookOncePerNote();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation).succeededWithoutWarnings();
  }
}
