package dev.tenon.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mistakes in CASE, {@code ||}, {@code IS DISTINCT FROM}, {@code extract} and the text functions:
 * each one compile error on the {@code @Where} that has it, naming what is wrong.
 */
class ConditionLanguageDiagnosticsTest {

  private static final JavaFileObject EVENT =
      source(
          "test.Event",
          """
          @Table("event")
          public record Event(@Id long id, String title, java.time.LocalDate onDay,
              java.time.LocalTime opensAt, java.time.LocalDateTime startsAt, int seats) {}
          """);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '"',
      value = {
        "CASE WHEN e.seats > 1 THEN 'many' ELSE e.seats END = 'x' ¦ [tenon:type-mismatch] ¦ the branches of CASE disagree: ''many'' is text but 'e.seats' is a number",
        "CASE WHEN e.seats THEN 'many' END = 'x' ¦ [tenon:type-mismatch] ¦ WHEN needs a boolean, but 'e.seats' is a number",
        "CASE WHEN e.seats > 1 THEN NULL WHEN e.seats > 2 THEN e.onDay ELSE 'soon' END IS NULL ¦ [tenon:type-mismatch] ¦ the branches of CASE disagree: 'e.onDay' is a date but ''soon'' is text",
        "e.title || e.seats = 'x' ¦ [tenon:type-mismatch] ¦ '||' needs text, but 'e.seats' is a number",
        "e.title IS DISTINCT FROM e.seats ¦ [tenon:type-mismatch] ¦ 'e.title' is text but 'e.seats' is a number: IS DISTINCT FROM cannot compare them",
        "extract(YEAR FROM e.title) = 2024 ¦ [tenon:type-mismatch] ¦ extract(YEAR FROM …) needs a date or a timestamp, but 'e.title' is text",
        "extract(HOUR FROM e.onDay) = 1 ¦ [tenon:type-mismatch] ¦ extract(HOUR FROM …) needs a time or a timestamp, but 'e.onDay' is a date",
        "extract(DAY FROM e.opensAt) = 1 ¦ [tenon:type-mismatch] ¦ extract(DAY FROM …) needs a date or a timestamp, but 'e.opensAt' is a time",
        "extract(YEAR FROM e.startsAt) = 'x' ¦ [tenon:type-mismatch] ¦ 'extract(YEAR FROM e.startsAt)' is a number but ''x'' is text: = cannot compare them",
        "substring(e.title, 'a') = 'x' ¦ [tenon:type-mismatch] ¦ substring needs a number, but ''a'' is text",
        "substring(e.title) = 'x' ¦ [tenon:function-arity] ¦ function 'substring' takes 2 or 3 argument(s), not 1",
        "escape_like(e.seats) = 'x' ¦ [tenon:type-mismatch] ¦ escape_like needs text, but 'e.seats' is a number",
        "nullif(e.title, 1) IS NULL ¦ [tenon:type-mismatch] ¦ 'e.title' is text but '1' is a number: nullif cannot compare them",
        "replace(e.title, 'a') = 'x' ¦ [tenon:function-arity] ¦ function 'replace' takes 3 argument(s), not 2",
        "e.onDay < current_timestamp ¦ [tenon:type-mismatch] ¦ 'e.onDay' is a date but 'current_timestamp' is a timestamp: < cannot compare them",
        "e.title LIKE '%' || e.seats ¦ [tenon:type-mismatch] ¦ '||' needs text, but 'e.seats' is a number",
        "CASE WHEN e.seats > 1 THEN 'a' END ¦ [tenon:not-a-condition] ¦ @Where must be a condition (true or false), but 'CASE WHEN e.seats > 1 THEN 'a' END' is text",
        "CASE WHEN e.seats > 1 THEN 'a' ¦ [tenon:syntax] ¦ expected WHEN, ELSE or END in CASE but found end of text",
      })
  void eachMistakeIsOneErrorOnTheWhere(String where, String tag, String text) {
    JavaFileObject dao =
        source(
            "test.Events",
            """
            @Dao
            interface Events {
              @Select(from = Event.class, as = "e")
              @Where("%s")
              List<Event> find();
            }
            """
                .formatted(where.replace("\"", "\\\"")));
    Compilation compilation = compile(EVENT, dao);
    assertThat(compilation)
        .hadErrorContaining(tag)
        .inFile(dao)
        .onLineContaining("@Where(");
    assertThat(compilation).hadErrorContaining(text);
    assertThat(compilation).hadErrorCount(1);
  }
}
