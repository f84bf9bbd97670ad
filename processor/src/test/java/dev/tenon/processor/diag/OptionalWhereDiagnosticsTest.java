package dev.tenon.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Where(optional = true)} needs a parameter that can be null, and not too many of them. */
class OptionalWhereDiagnosticsTest {

  @Test
  void anOptionalConditionOnAPrimitiveParameterIsAnError() {
    JavaFileObject dao =
        source(
            "test.Filters",
            """
            @Dao
            interface Filters {
              @Select(from = Book.class)
              @Where(value = "book.id > :after", optional = true)
              List<Book> after(long after);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:optional-primitive] @Where(optional = true) is left out when ':after' is null,"
                + " but it is a long, which cannot be null; make it the boxed type, or the"
                + " condition not optional")
        .inFile(dao)
        .onLineContaining("optional = true");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anOptionalConditionWithoutParameterIsAnError() {
    JavaFileObject dao =
        source(
            "test.Filters",
            """
            @Dao
            interface Filters {
              @Select(from = Book.class)
              @Where("book.id > 0")
              @Where(value = "book.name <> ''", optional = true)
              List<Book> named();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:optional-without-parameter] @Where(optional = true) names no parameter, so"
                + " nothing could leave it out")
        .inFile(dao)
        .onLineContaining("optional = true");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void sevenOptionalConditionsAreTooMany() {
    StringBuilder wheres = new StringBuilder();
    StringBuilder parameters = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      wheres.append("  @Where(value = \"book.id <> :p").append(i).append("\", optional = true)\n");
      parameters.append(i == 0 ? "" : ", ").append("Long p").append(i);
    }
    JavaFileObject dao =
        source(
            "test.Filters",
            """
            @Dao
            interface Filters {
              @Select(from = Book.class)
            %s  List<Book> many(%s);
            }
            """
                .formatted(wheres, parameters));
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:too-many-optional] 7 optional @Where conditions make 128 statements per"
                + " dialect; at most 6 are allowed: combine some into one condition")
        .inFile(dao)
        .onLineContaining("List<Book> many(");
    assertThat(compilation).hadErrorCount(1);
  }
}
