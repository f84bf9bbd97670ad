package dev.tenon.processor.sql;

import static dev.tenon.processor.sql.Fixture.assertPlan;

import dev.tenon.Dialect;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.ValueKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CASE, {@code ||}, {@code IS [NOT] DISTINCT FROM}, the text and date functions and {@code
 * escape_like}, each pinned on all four dialects: where they spell it the same, and where MySQL
 * ({@code CONCAT}, {@code <=>}), PostgreSQL (integer EXTRACT, integer SUBSTRING bounds) and SQLite
 * ({@code IS}, {@code strftime}, {@code SUBSTR}, local time) differ.
 */
class ConditionLanguageRenderTest {
  private static final Entity EVENT =
      Fixture.entity("Event", "event")
          .id("id")
          .column("title", ValueKind.STRING)
          .column("note", ValueKind.STRING)
          .column("onDay", ValueKind.LOCAL_DATE)
          .column("startsAt", ValueKind.LOCAL_DATE_TIME)
          .column("stamp", ValueKind.INSTANT)
          .column("seats", ValueKind.INT)
          .build();

  private static final String SELECT =
      "SELECT e.id, e.title, e.note, e.on_day, e.starts_at, e.stamp, e.seats\nFROM event e\nWHERE ";

  private static void assertWhere(Dialect dialect, String condition, String where, String... params) {
    String select = SELECT;
    assertPlan(
        Fixture.from(EVENT, "e")
            .param("q", ValueKind.STRING)
            .param("n", ValueKind.LONG)
            .param("from", ValueKind.INT)
            .where(condition)
            .build(),
        dialect,
        select + where,
        params);
  }

  @ParameterizedTest(name = "{0}: {1}  →  {2}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '"',
      value = {
        // ||: native except on MySQL, where || is OR
        "H2       ¦ e.title || '!' = :q ¦ e.title || '!' = ? ¦ q",
        "POSTGRES ¦ e.title || '!' = :q ¦ e.title || '!' = ? ¦ q",
        "SQLITE   ¦ e.title || '!' = :q ¦ e.title || '!' = ? ¦ q",
        "MYSQL    ¦ e.title || '!' = :q ¦ CONCAT(e.title, '!') = ? ¦ q",
        "MYSQL    ¦ e.title || (e.note || :q) = 'x' ¦ CONCAT(e.title, CONCAT(e.note, ?)) = 'x' ¦ q",
        "H2       ¦ e.title || (e.note || :q) = 'x' ¦ e.title || (e.note || ?) = 'x' ¦ q",
        // LIKE with an expression pattern, and escape_like
        "H2       ¦ e.title LIKE '%' || escape_like(:q) || '%' ¦ e.title LIKE '%' || REPLACE(REPLACE(REPLACE(?, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' ¦ q",
        "POSTGRES ¦ lower(e.title) LIKE '%' || escape_like(lower(:q)) || '%' ¦ LOWER(e.title) LIKE '%' || REPLACE(REPLACE(REPLACE(LOWER(?), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' ¦ q",
        "SQLITE   ¦ e.title LIKE escape_like(:q) || '%' ¦ e.title LIKE REPLACE(REPLACE(REPLACE(?, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' ESCAPE '\\' ¦ q",
        "MYSQL    ¦ e.title LIKE escape_like(:q) || '%' ¦ e.title LIKE CONCAT(REPLACE(REPLACE(REPLACE(?, CONCAT('', CHAR(92 USING utf8mb4), ''), CONCAT('', CHAR(92 USING utf8mb4), '', CHAR(92 USING utf8mb4), '')), '%', CONCAT('', CHAR(92 USING utf8mb4), '%')), '_', CONCAT('', CHAR(92 USING utf8mb4), '_')), '%') ESCAPE CHAR(92) ¦ q",
        // IS [NOT] DISTINCT FROM
        "H2       ¦ e.note IS DISTINCT FROM :q ¦ e.note IS DISTINCT FROM ? ¦ q",
        "POSTGRES ¦ e.note IS NOT DISTINCT FROM :q ¦ e.note IS NOT DISTINCT FROM ? ¦ q",
        "MYSQL    ¦ e.note IS NOT DISTINCT FROM :q ¦ e.note <=> ? ¦ q",
        "MYSQL    ¦ e.note IS DISTINCT FROM :q AND e.id > 1 ¦ NOT (e.note <=> ?) AND e.id > 1 ¦ q",
        "MYSQL    ¦ (e.note IS DISTINCT FROM :q) = FALSE ¦ (NOT (e.note <=> ?)) = FALSE ¦ q",
        "SQLITE   ¦ e.note IS DISTINCT FROM :q ¦ e.note IS NOT ? ¦ q",
        "SQLITE   ¦ e.note IS NOT DISTINCT FROM e.title || :q ¦ e.note IS e.title || ? ¦ q",
        // CASE, nullif, trim, replace
        "H2       ¦ CASE WHEN e.seats > :n THEN 'big' WHEN e.note IS NULL THEN NULL ELSE e.title END = :q ¦ CASE WHEN e.seats > ? THEN 'big' WHEN e.note IS NULL THEN NULL ELSE e.title END = ? ¦ n q",
        "SQLITE   ¦ CASE WHEN e.seats > 1 THEN TRUE ELSE FALSE END ¦ CASE WHEN e.seats > 1 THEN 1 ELSE 0 END ¦ ",
        "MYSQL    ¦ CASE WHEN e.seats > 1 THEN e.seats ELSE 0 END / 2 = 1 ¦ CASE WHEN e.seats > 1 THEN e.seats ELSE 0 END DIV 2 = 1 ¦ ",
        "POSTGRES ¦ nullif(trim(e.note), '') IS NULL ¦ NULLIF(TRIM(e.note), '') IS NULL ¦ ",
        "MYSQL    ¦ replace(e.title, 'a', :q) = 'b' ¦ REPLACE(e.title, 'a', ?) = 'b' ¦ q",
        // substring: integer bounds on PostgreSQL, SUBSTR on SQLite
        "H2       ¦ substring(e.title, :n, 2) = 'x' ¦ SUBSTRING(e.title, ?, 2) = 'x' ¦ n",
        "POSTGRES ¦ substring(e.title, :n, e.seats) = 'x' ¦ SUBSTRING(e.title, CAST(? AS INTEGER), CAST(e.seats AS INTEGER)) = 'x' ¦ n",
        "POSTGRES ¦ substring(e.title, 2) = 'x' ¦ SUBSTRING(e.title, 2) = 'x' ¦ ",
        "MYSQL    ¦ substring(e.title, :from) = 'x' ¦ SUBSTRING(e.title, ?) = 'x' ¦ from",
        "SQLITE   ¦ substring(e.title, 1, :n) = 'x' ¦ SUBSTR(e.title, 1, ?) = 'x' ¦ n",
        // dates
        "H2       ¦ e.onDay <= current_date AND e.startsAt < current_timestamp ¦ e.on_day <= CURRENT_DATE AND e.starts_at < CURRENT_TIMESTAMP ¦ ",
        "MYSQL    ¦ e.onDay <= current_date AND e.startsAt < current_timestamp ¦ e.on_day <= CURRENT_DATE AND e.starts_at < CURRENT_TIMESTAMP ¦ ",
        "SQLITE   ¦ e.onDay <= current_date AND e.startsAt < current_timestamp ¦ e.on_day <= date('now', 'localtime') AND e.starts_at < strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') ¦ ",
        "H2       ¦ extract(YEAR FROM e.onDay) = :n ¦ EXTRACT(YEAR FROM e.on_day) = ? ¦ n",
        "MYSQL    ¦ extract(second FROM e.startsAt) = :n ¦ EXTRACT(SECOND FROM e.starts_at) = ? ¦ n",
        "POSTGRES ¦ extract(MONTH FROM e.onDay) = :n ¦ CAST(EXTRACT(MONTH FROM e.on_day) AS INTEGER) = ? ¦ n",
        "POSTGRES ¦ extract(SECOND FROM e.startsAt) = 5 ¦ CAST(FLOOR(EXTRACT(SECOND FROM e.starts_at)) AS INTEGER) = 5 ¦ ",
        "SQLITE   ¦ extract(DAY FROM e.onDay) = 5 ¦ CAST(strftime('%d', e.on_day) AS INTEGER) = 5 ¦ ",
        "SQLITE   ¦ extract(HOUR FROM e.stamp) = 5 ¦ CAST(strftime('%H', e.stamp / 1000, 'unixepoch') AS INTEGER) = 5 ¦ ",
        "MYSQL    ¦ extract(YEAR FROM e.onDay) / 10 = 202 ¦ EXTRACT(YEAR FROM e.on_day) DIV 10 = 202 ¦ ",
      })
  void rendersPerDialect(Dialect dialect, String condition, String where, String params) {
    assertWhere(
        dialect, condition, where, params == null ? new String[0] : params.trim().split(" "));
  }
}
