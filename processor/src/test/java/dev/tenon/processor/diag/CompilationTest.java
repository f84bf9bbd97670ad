package dev.tenon.processor.diag;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;

import com.google.testing.compile.Compilation;
import dev.tenon.processor.TenonProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole compile: valid DAOs are written, and every mistake is reported at once. */
class CompilationTest {
  private static final JavaFileObject BOOK_QUERIES =
      source(
          "test.BookQueries",
          """
          @Dao
          public interface BookQueries {
            @Select(from = Book.class)
            @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
            @OrderBy("book.id")
            List<BookWithNote> booksWithNote(long userId);

            record BookWithNote(Book book, @Nullable BookNote usernote) {}
          }
          """);

  @Test
  void validDaoIsWrittenWithItsSql() throws Exception {
    Compilation compilation = compile(BOOK_QUERIES);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.diagnostics()).isEmpty();
    assertThat(compilation)
        .generatedSourceFile("test.TenonBookQueries")
        .contentsAsUtf8String()
        .contains(
            "LEFT OUTER JOIN book_note usernote ON (usernote.book_id = book.id AND"
                + " usernote.user_id = ?)");
  }

  @Test
  void everyMistakeInOneInterfaceIsReportedInOneCompile() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.nots")
              @Where("book.nme = :name")
              List<Book> named(String name);

              @Select(from = Book.class)
              List<Row> all();

              record Row(Book bok) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:unknown-relation] Book (alias 'book') has no relation 'nots'")
        .inFile(dao)
        .onLineContaining("@LeftJoin(path = \"book.nots\")");
    assertThat(compilation)
        .hadErrorContaining("[tenon:unknown-property] alias 'book' (Book) has no property 'nme'")
        .inFile(dao)
        .onLineContaining("@Where(\"book.nme = :name\")");
    assertThat(compilation)
        .hadErrorContaining("[tenon:unmatched-component] component 'bok' matches no alias")
        .inFile(dao)
        .onLineContaining("record Row(Book bok) {}");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void anInterfaceWithErrorsDoesNotStopAnother(@TempDir Path generated) throws IOException {
    JavaFileObject broken =
        source(
            "test.Broken",
            """
            @Dao
            interface Broken {
              @Select(from = Book.class)
              @LeftJoin(path = "book.nots")
              List<Book> all();
            }
            """);
    Compilation compilation = compile(broken, BOOK_QUERIES);
    assertThat(compilation)
        .hadErrorContaining("[tenon:unknown-relation]")
        .inFile(broken)
        .onLineContaining("@LeftJoin(path = \"book.nots\")");
    assertThat(compilation).hadErrorCount(1);

    assertThat(generate(generated, broken, BOOK_QUERIES)).containsExactly("TenonBookQueries.java");
    assertThat(Files.readString(generated.resolve("test/TenonBookQueries.java")))
        .contains("LEFT OUTER JOIN book_note usernote ON");
  }

  @Test
  void anEntityWithErrorsStopsOnlyTheDaosThatUseIt(@TempDir Path generated) throws IOException {
    JavaFileObject loan =
        source(
            "test.Loan",
            """
            @Table
            record Loan(long id) {}
            """);
    JavaFileObject loans =
        source(
            "test.Loans",
            """
            @Dao
            interface Loans {
              @Select(from = Loan.class)
              List<Loan> all();
            }
            """);
    Compilation compilation = compile(loan, loans, BOOK_QUERIES);
    assertThat(compilation)
        .hadErrorContaining("[tenon:missing-id] test.Loan has no @Id component")
        .inFile(loan)
        .onLineContaining("record Loan(long id) {}");
    // Loans is not blamed for its entity's mistake.
    assertThat(compilation).hadErrorCount(1);

    assertThat(generate(generated, loan, loans, BOOK_QUERIES))
        .containsExactly("TenonBookQueries.java");
  }

  /**
   * Runs Tenon alone ({@code -proc:only}) with the standard entities and {@code sources}, writing
   * into {@code directory}, and lists the files written to package {@code test}. compile-testing
   * hides generated files when the compile failed; javac itself still writes them.
   */
  private static List<String> generate(Path directory, JavaFileObject... sources)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<JavaFileObject> all = new ArrayList<>(Sources.ENTITIES);
    all.addAll(List.of(sources));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaCompiler.CompilationTask task =
        javac.getTask(
            null,
            null,
            diagnostics,
            // -d too: the SQL report is a class-output resource, which would land in the cwd.
            List.of("-proc:only", "-s", directory.toString(), "-d", directory.toString()),
            null,
            all);
    task.setProcessors(List.of(new TenonProcessor()));
    task.call();
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
      assertThat(diagnostic.getMessage(Locale.ROOT)).doesNotContain("[tenon:internal-error]");
    }
    Path test = directory.resolve("test");
    if (!Files.isDirectory(test)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(test)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
