package dev.tenon.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Grouped queries: each mistake is one error, on the component, sort item or annotation that
 * reads something neither grouped nor aggregated, or uses an aggregate function where none may
 * stand.
 */
class GroupingDiagnosticsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '"',
      value = {
        // a component reading an ungrouped column
        "@GroupBy(\"book.id\") ¦ @Expr(\"note.text\") @Nullable String text ¦ @Expr(\"note.text\") ¦ [tenon:ungrouped] component 'text' reads 'note.text', which is neither in @GroupBy nor inside an aggregate function (count, sum, avg, min, max); add it to @GroupBy, or aggregate it",
        // a whole entity not grouped by its id
        "@GroupBy(\"book.name\") ¦ Book book, @Expr(\"count(note.id)\") long notes ¦ Book book ¦ [tenon:ungrouped] component 'book' is the whole entity of alias 'book', but @GroupBy does not name its @Id; add 'book.id' to @GroupBy",
        // a sort item reading an ungrouped column
        "@GroupBy(\"book.id\") @OrderBy(\"note.id\") ¦ @Expr(\"count(note.id)\") long notes ¦ @OrderBy(\"note.id\") ¦ [tenon:ungrouped] @OrderBy 'note.id' reads 'note.id', which is neither in @GroupBy nor inside an aggregate function; add it to @GroupBy, or aggregate it",
        // having without group by
        "@Having(\"count(note.id) > 1\") ¦ @Expr(\"count(note.id)\") long notes ¦ @Having(\"count(note.id) > 1\") ¦ [tenon:having-without-grouping] @Having filters the groups of @GroupBy, but this method has no @GroupBy; add @GroupBy, or filter rows with @Where",
        // having reading an ungrouped column
        "@GroupBy(\"book.id\") @Having(\"note.id > 1\") ¦ @Expr(\"count(note.id)\") long notes ¦ @Having(\"note.id > 1\") ¦ [tenon:ungrouped] @Having 'note.id > 1' reads 'note.id'",
        // an aggregate in WHERE
        "@Where(\"count(note.id) > 1\") ¦ @Expr(\"book.name\") String name ¦ @Where(\"count(note.id) > 1\") ¦ [tenon:aggregate-function-position] 'count(…)' is an aggregate function, which may stand in @Expr, @OrderBy and @Having only; to filter groups use @Having, and per root row @Count or @Aggregate",
        // an aggregate in GROUP BY
        "@GroupBy(\"count(note.id)\") ¦ @Expr(\"count(note.id)\") long notes ¦ @GroupBy(\"count(note.id)\") ¦ [tenon:aggregate-function-position] 'count(…)' is an aggregate function",
        // nested aggregates
        "@GroupBy(\"book.id\") ¦ @Expr(\"sum(count(note.id))\") long notes ¦ @Expr(\"sum(count(note.id))\") ¦ [tenon:aggregate-function-position] 'count(…)' inside 'sum(…)': aggregate functions do not nest",
        // a primitive sum over the whole query, NULL when no row matches
        "@Where(\"book.id > 0\") ¦ @Expr(\"sum(book.id)\") long total ¦ @Expr(\"sum(book.id)\") ¦ [tenon:primitive-nullable] component 'total' is primitive but its @Expr can be NULL",
        // max of a boolean
        "@GroupBy(\"book.id\") ¦ @Expr(\"max(note.id > 1)\") @Nullable Boolean any ¦ @Expr(\"max(note.id > 1)\") ¦ [tenon:type-mismatch] in 'max(note.id > 1)': max needs values that sort (numbers, text, dates, times), but 'note.id > 1' is a boolean",
        // sum of text
        "@GroupBy(\"book.id\") ¦ @Expr(\"sum(note.text)\") @Nullable Long sum ¦ @Expr(\"sum(note.text)\") ¦ [tenon:type-mismatch] in 'sum(note.text)': sum needs a number, but 'note.text' is text",
      })
  void eachMistakeIsOneErrorWhereItIs(String annotations, String component, String line, String message) {
    JavaFileObject dao =
        source(
            "test.Reports",
            """
            @Dao
            interface Reports {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "note")
              %s
              List<Row> report();

              record Row(
                  %s) {}
            }
            """
                .formatted(annotations.replace(") @", ")\n  @"), component));
    Compilation compilation = compile(dao);
    assertThat(compilation).hadErrorContaining(message).inFile(dao).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }
}
