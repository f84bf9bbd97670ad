package dev.tenon.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code @Expr} on the query method: the value must fit the return type, and a primitive needs a row. */
class ScalarDiagnosticsTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '"',
      value = {
        "@Expr(\"book.name\") ¦ long count() ¦ @Expr( ¦ [tenon:scalar-type] method 'count' returns long but its @Expr 'book.name' is text; return a type that holds text",
        "@Expr(\"count(*) > 1\") ¦ Optional<String> many() ¦ @Expr( ¦ [tenon:scalar-type] method 'many' returns java.util.Optional<java.lang.String> but its @Expr 'count(*) > 1' is a boolean",
        "@Expr(\"book.id\") ¦ long idOfDune() ¦ @Expr( ¦ [tenon:scalar-type] method 'idOfDune' returns primitive long, which needs a value on every call; only an aggregate over the whole query without @GroupBy (count(*)) has one row always; return Optional<…> or the boxed type, or aggregate",
        "@Expr(\"max(book.id)\") ¦ long largest() ¦ @Expr( ¦ [tenon:primitive-nullable] component 'largest' is primitive but its @Expr can be NULL",
        "@Expr(\"book.name\") ¦ List<Book> all() ¦ List<Book> all() ¦ [tenon:scalar-type] method 'all' has @Expr, so it returns one value per row, but java.util.List<test.Book> holds no supported value type",
        "@GroupBy(\"book.name\") @Expr(\"book.id\") ¦ List<Long> ids() ¦ @Expr( ¦ [tenon:ungrouped] @Expr 'book.id' reads 'book.id', which is neither in @GroupBy nor inside an aggregate function",
      })
  void eachMistakeIsOneError(String annotations, String signature, String line, String message) {
    JavaFileObject dao =
        source(
            "test.Counts",
            """
            @Dao
            interface Counts {
              @Select(from = Book.class)
              %s
              %s;
            }
            """
                .formatted(annotations.replace(") @", ")\n  @"), signature));
    Compilation compilation = compile(dao);
    assertThat(compilation).hadErrorContaining(message).inFile(dao).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void countStarIntoAPlainLongCompiles() {
    JavaFileObject dao =
        source(
            "test.Counts",
            """
            @Dao
            interface Counts {
              @Select(from = Book.class)
              @Expr("count(*)")
              long countBooks();
            }
            """);
    assertThat(compile(dao)).succeededWithoutWarnings();
  }
}
