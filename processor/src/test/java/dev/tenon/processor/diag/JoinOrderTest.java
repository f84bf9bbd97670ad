package dev.tenon.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Joins are resolved and written in the order they are written, across {@code @LeftJoin} and
 * {@code @InnerJoin}, although the compiler groups each type into its container.
 */
class JoinOrderTest {

  @Test
  void aLeftJoinsOnMayNameAnInnerJoinWrittenAboveIt() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = Book.class)
              @InnerJoin(path = "book.notes", as = "mine", on = "mine.userId = :me")
              @LeftJoin(path = "book.notes", as = "others", on = "others.userId <> mine.userId")
              @OrderBy("book.id")
              List<Row> compared(long me);

              record Row(Book book, BookNote mine, @Nullable BookNote others) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation).succeededWithoutWarnings();
    assertInOrder(
        compilation,
        "INNER JOIN book_note mine ON (mine.book_id = book.id AND mine.user_id = ?)",
        "LEFT OUTER JOIN book_note others ON (others.book_id = book.id AND"
            + " others.user_id <> mine.user_id)");
  }

  @Test
  void interleavedJoinsAreWrittenInTheOrderWritten() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "first", on = "first.userId = :me")
              @InnerJoin(path = "book.notes", as = "middle", on = "middle.userId <> :me")
              @LeftJoin(path = "book.notes", as = "third", on = "third.userId = middle.userId")
              @OrderBy("book.id")
              List<Row> three(long me);

              record Row(
                  Book book, @Nullable BookNote first, BookNote middle, @Nullable BookNote third) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation).succeededWithoutWarnings();
    assertInOrder(
        compilation,
        "LEFT OUTER JOIN book_note first ON (first.book_id = book.id AND first.user_id = ?)",
        "INNER JOIN book_note middle ON (middle.book_id = book.id AND middle.user_id <> ?)",
        "LEFT OUTER JOIN book_note third ON (third.book_id = book.id AND"
            + " third.user_id = middle.user_id)");
  }

  @Test
  void aPathFromAnAliasWrittenBelowSaysToMoveTheJoin() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = Book.class)
              @LeftJoin(path = "note.user", as = "writer")
              @InnerJoin(path = "book.notes", as = "note")
              List<Book> books();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unknown-alias] alias 'note' is declared by a join written below this one:"
                + " joins are read in the order written, so move this join below the one that"
                + " declares 'note'")
        .inFile(dao)
        .onLineContaining("@LeftJoin(path = \"note.user\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anOnNamingAnAliasWrittenBelowSaysToMoveTheJoin() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "others", on = "others.userId <> mine.userId")
              @InnerJoin(path = "book.notes", as = "mine", on = "mine.userId = :me")
              List<Book> books(long me);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unknown-alias] alias 'mine' is declared by a join written below this one")
        .inFile(dao)
        .onLineContaining("as = \"others\"");
    assertThat(compilation).hadErrorCount(1);
  }

  /** The H2 statement (the first written) of the generated DAO has these lines in this order. */
  private static void assertInOrder(Compilation compilation, String... lines) {
    String generated;
    try {
      generated =
          compilation.generatedSourceFile("test.TenonNotes").orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int at = 0;
    for (String line : lines) {
      int found = generated.indexOf(line, at);
      Truth.assertWithMessage("'%s' after position %s in\n%s", line, at, generated)
          .that(found)
          .isAtLeast(0);
      at = found + line.length();
    }
  }
}
