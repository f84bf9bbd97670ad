package dev.tenon.processor.diag;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.tenon.processor.TenonProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Valid entities as source strings, and one way to compile test sources with the processor that
 * also checks that Tenon never failed with an exception.
 *
 * <p>{@code Book}, {@code AppUser} (table {@code user}) and {@code BookNote} with a {@code
 * @ForeignKey} to each (relations {@code book.notes}, {@code appUser.notes}, {@code
 * bookNote.book}, {@code bookNote.user}); {@code Shelf} has a composite key.
 */
final class Sources {
  private Sources() {}

  /** What every test source imports. */
  static final String IMPORTS =
      """
      import dev.tenon.*;
      import java.util.*;
      """;

  static final JavaFileObject BOOK =
      source(
          "test.Book",
          """
          @Table("book")
          public record Book(@Id long id, String name) {}
          """);

  static final JavaFileObject APP_USER =
      source(
          "test.AppUser",
          """
          @Table("user")
          public record AppUser(@Id long id, String name) {}
          """);

  static final JavaFileObject BOOK_NOTE =
      source(
          "test.BookNote",
          """
          @Table("book_note")
          public record BookNote(
              @Id long id,
              String text,
              @ForeignKey(value = Book.class, related = "notes") long bookId,
              @ForeignKey(value = AppUser.class, related = "notes") long userId) {}
          """);

  static final JavaFileObject SHELF =
      source(
          "test.Shelf",
          """
          @Table("shelf")
          public record Shelf(@Id long roomId, @Id long position, String label) {}
          """);

  /** The standard entities, compiled with every test. */
  static final List<JavaFileObject> ENTITIES = List.of(BOOK, APP_USER, BOOK_NOTE, SHELF);

  /**
   * A source file in package {@code test} with the standard imports; {@code qualifiedName} is
   * {@code test.Name}.
   */
  static JavaFileObject source(String qualifiedName, String body) {
    return JavaFileObjects.forSourceString(qualifiedName, "package test;\n" + IMPORTS + body);
  }

  /** Compiles the standard entities and {@code sources} with Tenon; Tenon must not have crashed. */
  static Compilation compile(JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(ENTITIES);
    all.addAll(List.of(sources));
    return compileOnly(all);
  }

  /** Compiles exactly {@code sources} with Tenon; Tenon must not have crashed. */
  static Compilation compileOnly(List<JavaFileObject> sources) {
    Compilation compilation = Compiler.javac().withProcessors(new TenonProcessor()).compile(sources);
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = diagnostic.getMessage(Locale.ROOT);
      assertWithMessage("Tenon crashed: %s", message)
          .that(message)
          .doesNotContain("[tenon:internal-error]");
    }
    return compilation;
  }

  /** The Tenon diagnostics of {@code kind}, as their messages. */
  static List<String> tenonMessages(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.startsWith("[tenon:"))
        .toList();
  }
}
