package dev.tenon.processor.ecj;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.tenon.processor.TenonProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under Eclipse's compiler (ECJ 3.40), driven through {@code javax.tools} as an IDE
 * or the Maven {@code plexus-compiler-eclipse} would: a valid DAO is written and compiled, a
 * broken one gets its error on the right line, and a trap gets its warning. Under ECJ there is no
 * javac tree API, so these also cover the paths that do without it (diagnostics placed by the
 * Messager alone, joins put in dependency order).
 */
class EclipseCompilerTest {
  private static final String ENTITIES_IMPORTS = "package test;\nimport dev.tenon.*;\nimport java.util.*;\n";

  @TempDir Path dir;

  /** What one ECJ compile reported. */
  private record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<Diagnostic<? extends JavaFileObject>> tenon(Diagnostic.Kind kind) {
      return diagnostics.stream()
          .filter(d -> d.getKind() == kind)
          .filter(d -> d.getMessage(Locale.ROOT).contains("[tenon:"))
          .toList();
    }
  }

  @Test
  void aValidDaoIsWrittenAndCompiledWithJoinsInDependencyOrder() throws IOException {
    write(
        "Books.java",
        """
        @Dao
        public interface Books {
          @Select(from = Book.class)
          @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
          @OrderBy("book.id")
          List<BookWithNote> booksWithNoteOf(long userId);

          // The left join's 'on' names the inner join above it: resolved in dependency order.
          @Select(from = Book.class)
          @InnerJoin(path = "book.notes", as = "mine", on = "mine.userId = :me")
          @LeftJoin(path = "book.notes", as = "others", on = "others.userId <> mine.userId")
          @OrderBy("book.id")
          List<Compared> compared(long me);

          record BookWithNote(Book book, @Nullable BookNote usernote) {}
          record Compared(Book book, BookNote mine, @Nullable BookNote others) {}
        }
        """);
    Result result = compile();

    assertWithMessage("%s", result.diagnostics()).that(result.success()).isTrue();
    assertThat(result.tenon(Diagnostic.Kind.ERROR)).isEmpty();
    assertThat(result.tenon(Diagnostic.Kind.WARNING)).isEmpty();
    String generated = Files.readString(dir.resolve("generated/test/TenonBooks.java"));
    assertThat(generated)
        .contains(
            "LEFT OUTER JOIN book_note usernote ON (usernote.book_id = book.id AND"
                + " usernote.user_id = ?)");
    assertThat(generated.indexOf("INNER JOIN book_note mine"))
        .isLessThan(generated.indexOf("LEFT OUTER JOIN book_note others"));
    assertThat(generated.indexOf("INNER JOIN book_note mine")).isAtLeast(0);
    assertThat(Files.exists(dir.resolve("classes/test/TenonBooks.class"))).isTrue();
  }

  @Test
  void aBrokenDaoGetsItsErrorOnTheLineThatIsWrong() throws IOException {
    Path dao =
        write(
            "Broken.java",
            """
            @Dao
            public interface Broken {
              @Select(from = Book.class)
              @Where("book.nme = :name")
              List<Book> named(String name);

              @Select(from = Book.class)
              @LeftJoin(path = "book.nots")
              List<Book> withNotes();
            }
            """);
    Result result = compile();

    assertThat(result.success()).isFalse();
    List<Diagnostic<? extends JavaFileObject>> errors = result.tenon(Diagnostic.Kind.ERROR);
    assertThat(errors).hasSize(2);
    assertAt(
        errors.get(0),
        dao,
        "[tenon:unknown-property] alias 'book' (Book) has no property 'nme'; did you mean 'name'?",
        "@Where(\"book.nme = :name\")");
    assertAt(
        errors.get(1),
        dao,
        "[tenon:unknown-relation] Book (alias 'book') has no relation 'nots'; did you mean 'notes'?",
        "@LeftJoin(path = \"book.nots\")");
    assertThat(Files.exists(dir.resolve("generated/test/TenonBroken.java"))).isFalse();
  }

  @Test
  void aTrapGetsItsWarningAndTheDaoIsStillWritten() throws IOException {
    Path dao =
        write(
            "Traps.java",
            """
            @Dao
            public interface Traps {
              @Select(from = BookNote.class)
              @LeftJoin(path = "bookNote.user", as = "writer")
              @Where("writer.name = :name")
              List<Row> by(String name);

              record Row(BookNote bookNote, @Nullable AppUser writer) {}
            }
            """);
    Result result = compile();

    assertWithMessage("%s", result.diagnostics()).that(result.success()).isTrue();
    List<Diagnostic<? extends JavaFileObject>> warnings = result.tenon(Diagnostic.Kind.WARNING);
    assertThat(warnings).hasSize(1);
    assertAt(
        warnings.get(0),
        dao,
        "[tenon:where-on-outer-join] @Where tests a column of outer-joined alias 'writer'",
        "@Where(\"writer.name = :name\")");
    assertThat(Files.exists(dir.resolve("classes/test/TenonTraps.class"))).isTrue();
  }

  @Test
  void anUnusedJoinIsWarnedAboutAndItsSuppressionIsRead() throws IOException {
    Path dao =
        write(
            "Unused.java",
            """
            @Dao
            public interface Unused {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "forgotten")
              List<Book> warned();

              @SuppressWarnings("tenon:unused-join")
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "onPurpose")
              List<Book> suppressed();
            }
            """);
    Result result = compile();

    assertWithMessage("%s", result.diagnostics()).that(result.success()).isTrue();
    List<Diagnostic<? extends JavaFileObject>> warnings = result.tenon(Diagnostic.Kind.WARNING);
    assertThat(warnings).hasSize(1);
    assertAt(
        warnings.get(0),
        dao,
        "[tenon:unused-join] left join 'forgotten' is not used",
        "as = \"forgotten\"");
  }

  @Test
  void errorsInARepeatedJoinAndInARowRecordComponent() throws IOException {
    Path dao =
        write(
            "Repeated.java",
            """
            @Dao
            public interface Repeated {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "mine", on = "mine.userId = :me")
              @LeftJoin(path = "book.notes", as = "theirs", on = "theirs.userid <> :me")
              List<Row> both(long me);

              record Row(
                  Book book,
                  @Nullable BookNote mine,
                  @Nullable BookNote their) {}
            }
            """);
    Result result = compile();

    List<Diagnostic<? extends JavaFileObject>> errors = result.tenon(Diagnostic.Kind.ERROR);
    assertThat(errors).hasSize(2);
    // ECJ gives an annotation that the compiler wrapped in its container no position of its own
    // (javac's tree API finds the written one; ECJ has none), so the error goes on the method,
    // rather than on no line at all; the message names the alias.
    assertAt(
        errors.get(0),
        dao,
        "[tenon:unknown-property] alias 'theirs' (BookNote) has no property 'userid'",
        "List<Row> both(long me);");
    assertAt(
        errors.get(1),
        dao,
        "[tenon:unmatched-component] component 'their' matches no alias",
        "@Nullable BookNote their");
  }

  /** The diagnostic is in {@code file}, starts with {@code message}, on the line holding {@code code}. */
  private static void assertAt(
      Diagnostic<? extends JavaFileObject> diagnostic, Path file, String message, String code)
      throws IOException {
    assertThat(diagnostic.getMessage(Locale.ROOT)).startsWith(message);
    assertWithMessage("no source for %s", diagnostic).that(diagnostic.getSource()).isNotNull();
    assertThat(new File(diagnostic.getSource().toUri()).getName()).isEqualTo(file.getFileName().toString());
    List<String> lines = Files.readAllLines(file);
    assertWithMessage("line %s of %s", diagnostic.getLineNumber(), file)
        .that(lines.get((int) diagnostic.getLineNumber() - 1))
        .contains(code);
  }

  private Path write(String name, String body) throws IOException {
    Path sources = dir.resolve("src/test");
    Files.createDirectories(sources);
    write(sources, "Book.java", "@Table(\"book\")\npublic record Book(@Id long id, String name) {}\n");
    write(sources, "AppUser.java", "@Table(\"user\")\npublic record AppUser(@Id long id, String name) {}\n");
    write(
        sources,
        "BookNote.java",
        """
        @Table("book_note")
        public record BookNote(
            @Id long id,
            String text,
            @ForeignKey(value = Book.class, related = "notes") long bookId,
            @ForeignKey(value = AppUser.class, related = "notes") long userId) {}
        """);
    return write(sources, name, body);
  }

  private static Path write(Path sources, String name, String body) throws IOException {
    Path file = sources.resolve(name);
    Files.writeString(file, ENTITIES_IMPORTS + body, StandardCharsets.UTF_8);
    return file;
  }

  /** Compiles every source under {@code src} with ECJ and Tenon, on this test's class path. */
  private Result compile() throws IOException {
    JavaCompiler compiler = new EclipseCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path generated = Files.createDirectories(dir.resolve("generated"));
    try (StandardJavaFileManager files =
            compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        Stream<Path> walk = Files.walk(dir.resolve("src"))) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generated.toFile()));
      List<File> classPath = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        classPath.add(new File(entry));
      }
      files.setLocation(StandardLocation.CLASS_PATH, classPath);
      List<File> sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              new StringWriter(),
              files,
              diagnostics,
              List.of("--release", "17", "-encoding", "UTF-8"),
              null,
              files.getJavaFileObjectsFromFiles(sources));
      task.setProcessors(List.of(new TenonProcessor()));
      boolean success = task.call();
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
        assertThat(diagnostic.getMessage(Locale.ROOT)).doesNotContain("[tenon:internal-error]");
      }
      return new Result(success, diagnostics.getDiagnostics());
    }
  }
}
