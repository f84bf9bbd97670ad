package dev.tenon.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.tenon.Table;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Strict builds: with {@code -Xlint:all -Werror} javac fails on any annotation no processor
 * claimed, so Tenon claims every one of its own, the repeatable containers javac wraps repeated
 * annotations in included.
 */
class ClaimedAnnotationsTest {

  @Test
  void everyAnnotationTypeOfTheRuntimeIsClaimed() throws Exception {
    Set<String> claimed = new TreeSet<>();
    AbstractProcessor probe =
        new AbstractProcessor() {
          @Override
          public synchronized void init(ProcessingEnvironment environment) {
            super.init(environment);
            claimed.addAll(ClaimedAnnotations.in(environment.getElementUtils()));
          }

          @Override
          public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
          }

          @Override
          public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return false;
          }
        };
    Compilation compilation =
        Compiler.javac()
            .withProcessors(probe)
            .compile(JavaFileObjects.forSourceString("test.Empty", "package test; class Empty {}"));
    assertThat(compilation).succeeded();
    Set<String> expected = annotationTypesOfTheRuntime();
    expected.add("javax.annotation.processing.Generated");
    assertThat(claimed).isEqualTo(expected);
    // The containers are what javac reports for a repeated annotation: they must be there too.
    assertThat(claimed).containsAtLeast("dev.tenon.LeftJoins", "dev.tenon.Counts");
  }

  @Test
  void everyAnnotationUsedOnceAndRepeatedCompilesUnderXlintAllWerror() {
    List<JavaFileObject> sources =
        List.of(
            source(
                "test.Book",
                """
                @Table("book")
                public record Book(@Id long id, @Column("title") String name) {}
                """),
            source(
                "test.BookNote",
                """
                @Table("book_note")
                @Relation(name = "sameBook", target = BookNote.class, on = "bookId = bookId")
                @Relation(name = "sameText", target = BookNote.class, on = "text = text")
                public record BookNote(
                    @Id long id,
                    String text,
                    @ForeignKey(value = Book.class, related = "notes") long bookId) {}
                """),
            source(
                "test.Strict",
                """
                @Dao(dialect = Dialect.H2)
                public interface Strict {
                  @Select(from = Book.class)
                  @LeftJoin(path = "book.notes", as = "first", on = "first.text = :text")
                  @LeftJoin(path = "book.notes", as = "second", on = "second.text <> :text")
                  @InnerJoin(path = "book.notes", as = "any1")
                  @InnerJoin(path = "book.notes", as = "any2")
                  @Count(path = "book.notes", as = "notes1")
                  @Count(path = "book.notes", where = "notes.text = :text", as = "notes2")
                  @Exists(path = "book.notes", as = "has1")
                  @Exists(path = "book.notes", where = "notes.text = :text", as = "has2")
                  @Aggregate(function = AggregateFunction.MAX, path = "book.notes",
                      value = "notes.id", as = "max1")
                  @Aggregate(function = AggregateFunction.MIN, path = "book.notes",
                      value = "notes.id", as = "min1")
                  @Where("book.id > 0")
                  @OrderBy("book.id")
                  List<Row> rows(String text, @Limit int limit, @Offset int offset);

                  record Row(
                      Book book,
                      @Nullable BookNote first,
                      @Nullable BookNote second,
                      long notes1,
                      long notes2,
                      boolean has1,
                      boolean has2,
                      @Nullable Long max1,
                      @Nullable Long min1,
                      @Expr("book.id + 1") long next) {}
                }
                """));
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new TenonProcessor())
            .withOptions("-Xlint:all", "-Werror")
            .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.TenonStrict");
  }

  private static JavaFileObject source(String name, String body) {
    return JavaFileObjects.forSourceString(
        name, "package test;\nimport dev.tenon.*;\nimport java.util.*;\n" + body);
  }

  /** Every annotation type in package {@code dev.tenon} of the runtime, read from its classes. */
  private static Set<String> annotationTypesOfTheRuntime()
      throws IOException, URISyntaxException, ClassNotFoundException {
    Path location = Path.of(Table.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> names = new TreeSet<>();
    if (Files.isDirectory(location)) {
      collect(location.resolve("dev/tenon"), names);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        collect(jar.getPath("dev/tenon"), names);
      }
    }
    assertThat(names).contains(Table.class.getName());
    return names;
  }

  private static void collect(Path folder, Set<String> names)
      throws IOException, ClassNotFoundException {
    List<String> classes;
    try (Stream<Path> files = Files.list(folder)) {
      classes =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .map(name -> "dev.tenon." + name.substring(0, name.length() - ".class".length()))
              .toList();
    }
    for (String name : classes) {
      if (Class.forName(name).isAnnotation()) {
        names.add(name);
      }
    }
  }
}
