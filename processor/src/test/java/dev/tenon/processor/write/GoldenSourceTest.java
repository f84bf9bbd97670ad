package dev.tenon.processor.write;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.tenon.processor.TenonProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The generated source of one DAO that uses every kind of method (filtered join, projection,
 * aggregate, folded and batched collections, stream), compared with a file kept under
 * {@code src/test/resources/golden}. A change to the writer shows up as a reviewable diff of that
 * file. Regenerate it with {@code mvn -pl processor test -Dtest=GoldenSourceTest
 * -Dtenon.golden.update=true}; never by hand.
 */
class GoldenSourceTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/TenonLibrary.java.txt");
  private static final Path GOLDEN_REPORT = Path.of("src/test/resources/golden/Library.sql.txt");

  private static JavaFileObject source(String name, String body) {
    return JavaFileObjects.forSourceString(
        name, "package golden;\nimport dev.tenon.*;\nimport java.util.*;\n" + body);
  }

  @Test
  void generatedSourceMatchesTheGoldenFile() throws IOException {
    Compilation compilation = compileLibrary();
    String generated =
        compilation
            .generatedSourceFile("golden.TenonLibrary")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    assertGolden(GOLDEN, generated, "generated source");
  }

  /**
   * The SQL report ({@code META-INF/tenon/golden.Library.sql}): every statement per dialect, with
   * its parameters in order, from the same planned SQL as the class's constants.
   */
  @Test
  void sqlReportMatchesTheGoldenFile() throws IOException {
    Compilation compilation = compileLibrary();
    String report =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/tenon/golden.Library.sql")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    assertGolden(GOLDEN_REPORT, report, "SQL report");
    String source =
        compilation
            .generatedSourceFile("golden.TenonLibrary")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    // Every statement of the report is one of the class's SQL constants, verbatim.
    for (String statement : report.split("\n;\n")) {
      String sql = statement.substring(statement.indexOf("\n", statement.indexOf("-- parameters:")) + 1);
      if (!sql.isBlank()) {
        String firstLine = sql.lines().findFirst().orElseThrow();
        assertTrue(source.contains("\"" + firstLine.replace("\"", "\\\"")), firstLine);
      }
    }
  }

  private static void assertGolden(Path golden, String actual, String what) throws IOException {
    if (Boolean.getBoolean("tenon.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(golden, StandardCharsets.UTF_8),
        actual,
        what + " changed; review it and regenerate with -Dtenon.golden.update=true");
  }

  private static Compilation compileLibrary() {
    List<JavaFileObject> sources =
        List.of(
            source("golden.Book", "@Table(\"book\") public record Book(@Id long id, String name) {}"),
            source(
                "golden.AppUser",
                "@Table(\"user\") public record AppUser(@Id long id, String name) {}"),
            source(
                "golden.BookNote",
                """
                @Table("book_note")
                public record BookNote(
                    @Id long id,
                    String text,
                    @ForeignKey(value = Book.class, related = "notes") long bookId,
                    @ForeignKey(value = AppUser.class, related = "notes") long userId) {}
                """),
            source(
                "golden.Library",
                """
                @Dao
                public interface Library {
                  /** Every book with the given user's note, or null. */
                  @Select(from = Book.class)
                  @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
                  @OrderBy("book.id")
                  List<BookWithNote> booksWithNote(long userId);

                  @Select(from = Book.class)
                  @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
                  @Where("book.id IN (:ids)")
                  List<Title> titles(long userId, Collection<Long> ids);

                  @Select(from = Book.class)
                  @Count(path = "book.notes", where = "notes.text LIKE :pattern", as = "matching")
                  @OrderBy({"matching DESC", "book.id"})
                  List<Counted> counted(String pattern);

                  @Select(from = Book.class)
                  @LeftJoin(path = "book.notes", on = "notes.text LIKE :pattern")
                  @LeftJoin(path = "notes.user", as = "author")
                  @OrderBy("book.id")
                  List<WithNotes> withNotes(String pattern);

                  @Select(from = Book.class)
                  @LeftJoin(path = "book.notes", on = "notes.text LIKE :pattern", fetch = Fetch.BATCH)
                  @OrderBy("book.id")
                  List<WithPlainNotes> page(String pattern, @Limit int limit, @Offset int offset);

                  @Select(from = Book.class)
                  @OrderBy("book.id")
                  java.util.stream.Stream<Book> export();

                  @Select(from = Book.class)
                  @Where("book.name = :name")
                  Optional<Book> byName(String name);

                  record BookWithNote(Book book, @Nullable BookNote usernote) {}

                  record Title(@Expr("book.name") String name, @Expr("usernote.text") @Nullable String note) {}

                  record Counted(Book book, long matching) {}

                  record WithNotes(Book book, List<NoteBy> notes) {}

                  record NoteBy(BookNote notes, @Nullable AppUser author) {}

                  record WithPlainNotes(Book book, List<BookNote> notes) {}
                }
                """));
    Compilation compilation = Compiler.javac().withProcessors(new TenonProcessor()).compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }
}
