package dev.tenon.processor.sql;

import static dev.tenon.processor.sql.Fixture.assertPlan;

import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.ValueKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Conditions, written as a {@code @Where}: operators, predicates, functions and literals, with
 * parentheses exactly where precedence needs them (and where the user grouped a right operand).
 */
class ConditionRenderTest {
  private static final Entity SAMPLE =
      Fixture.entity("Sample", "sample")
          .id("id")
          .column("a", ValueKind.INT)
          .column("b", ValueKind.INT)
          .column("c", ValueKind.INT)
          .column("name", ValueKind.STRING)
          .build();

  private static void assertWhere(String condition, String where, String... bindings) {
    assertPlan(
        Fixture.from(SAMPLE, "s")
            .param("lo", ValueKind.INT)
            .param("hi", ValueKind.INT)
            .param("pattern", ValueKind.STRING)
            .param("q", ValueKind.STRING)
            .where(condition)
            .build(),
        "SELECT s.id, s.a, s.b, s.c, s.name\nFROM sample s\nWHERE " + where,
        bindings);
  }

  @ParameterizedTest(name = "{0}  →  {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // arithmetic: left-associative chains need nothing, right grouping is kept
        "s.a - (s.b - s.c) > 0       | s.a - (s.b - s.c) > 0",
        "(s.a - s.b) - s.c > 0       | s.a - s.b - s.c > 0",
        "(s.a + s.b) * s.c = 1       | (s.a + s.b) * s.c = 1",
        "s.a + (s.b * s.c) = 1       | s.a + s.b * s.c = 1",
        "s.a * s.b + s.c = 1         | s.a * s.b + s.c = 1",
        "s.a / (s.b / s.c) = 1       | s.a / (s.b / s.c) = 1",
        "s.a / (s.b * s.c) = 1       | s.a / (s.b * s.c) = 1",
        "(s.a / s.b) * s.c = 1       | s.a / s.b * s.c = 1",
        "s.a * (s.b / s.c) = 1       | s.a * (s.b / s.c) = 1",
        "s.a + (s.b - s.c) = 1       | s.a + (s.b - s.c) = 1",
        "s.a - (s.b + s.c) = 1       | s.a - (s.b + s.c) = 1",
        "-s.a < -(s.b + 1)           | -s.a < -(s.b + 1)",
        "s.a - -s.b = 0              | s.a - -s.b = 0",
        "- -s.a = 1                  | -(-s.a) = 1",
        "-(-(s.a)) = 1               | -(-s.a) = 1",
        "(s.a + 1) IS NULL           | s.a + 1 IS NULL",
        // comparisons
        "s.a <> 1 AND s.b != 2       | s.a <> 1 AND s.b <> 2",
        "s.a < 1 OR s.a <= 2 OR s.a > 3 OR s.a >= 4 | s.a < 1 OR s.a <= 2 OR s.a > 3 OR s.a >= 4",
        "(s.a = 1) = TRUE            | (s.a = 1) = TRUE",
        "TRUE = (s.a = 1)            | TRUE = (s.a = 1)",
        "(s.name IS NULL) = FALSE    | (s.name IS NULL) = FALSE",
        "(s.name LIKE 'a%') <> TRUE  | (s.name LIKE 'a%') <> TRUE",
        // logic
        "s.a = 1 OR s.b = 2 AND s.c = 3   | s.a = 1 OR s.b = 2 AND s.c = 3",
        "(s.a = 1 OR s.b = 2) AND s.c = 3 | (s.a = 1 OR s.b = 2) AND s.c = 3",
        "s.a = 1 AND (s.b = 2 AND s.c = 3) | s.a = 1 AND s.b = 2 AND s.c = 3",
        "s.a = 1 OR (s.b = 2 OR s.c = 3)  | s.a = 1 OR s.b = 2 OR s.c = 3",
        "NOT s.a = 1                 | NOT s.a = 1",
        "NOT (s.a = 1) AND s.b = 2   | NOT s.a = 1 AND s.b = 2",
        "NOT (s.a = 1 AND s.b = 2)   | NOT (s.a = 1 AND s.b = 2)",
        "NOT (s.a = 1 OR s.b = 2)    | NOT (s.a = 1 OR s.b = 2)",
        "NOT NOT s.a = 1             | NOT NOT s.a = 1",
        "(NOT s.a = 1) = FALSE       | (NOT s.a = 1) = FALSE",
        // predicates
        "s.name IS NULL              | s.name IS NULL",
        "s.name IS NOT NULL          | s.name IS NOT NULL",
        "NOT s.name IS NULL          | NOT s.name IS NULL",
        "(s.a = 1) IS NOT NULL       | (s.a = 1) IS NOT NULL",
        "s.a IN (1, 2, 3)            | s.a IN (1, 2, 3)",
        "s.name NOT IN ('x', 'y')    | s.name NOT IN ('x', 'y')",
        "s.a IN (s.b + 1, -1)        | s.a IN (s.b + 1, -1)",
        "s.a + 1 IN (2)              | s.a + 1 IN (2)",
        "s.name LIKE 'a%'            | s.name LIKE 'a%'",
        "s.name NOT LIKE 'a\\_%'     | s.name NOT LIKE 'a\\_%'",
        "lower(s.name) LIKE lower('A%') | LOWER(s.name) LIKE LOWER('A%')",
        "s.a BETWEEN 1 AND 10        | s.a BETWEEN 1 AND 10",
        "s.a NOT BETWEEN s.b - 1 AND s.c + 1 AND s.b = 0 | s.a NOT BETWEEN s.b - 1 AND s.c + 1 AND s.b = 0",
        // functions, upper-case whatever the user wrote
        "lower(s.name) = UPPER('x')  | LOWER(s.name) = UPPER('x')",
        "Coalesce(s.a, s.b, 0) > abs(s.c) | COALESCE(s.a, s.b, 0) > ABS(s.c)",
        "length(s.name) >= 3         | LENGTH(s.name) >= 3",
        "abs(s.a - s.b) * 2 < 5      | ABS(s.a - s.b) * 2 < 5",
        "lower(coalesce(s.name, '')) = '' | LOWER(COALESCE(s.name, '')) = ''",
        // literals, written back as SQL
        "s.name = 'O''Brien'         | s.name = 'O''Brien'",
        "s.name = ''''               | s.name = ''''",
        "s.name = '-- ; /* ?'        | s.name = '-- ; /* ?'",
        "s.name <> 'a\"b'            | s.name <> 'a\"b'",
        "s.a = 1.50                  | s.a = 1.50",
        "s.a = 007                   | s.a = 007",
        "(s.a = 1) = true OR (s.a = 2) = false | (s.a = 1) = TRUE OR (s.a = 2) = FALSE",
        "coalesce(s.name, NULL) IS NULL | COALESCE(s.name, NULL) IS NULL",
      })
  void rendersWithoutParameters(String condition, String where) {
    assertWhere(condition, where);
  }

  @ParameterizedTest(name = "{0}  →  {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "s.a BETWEEN :lo AND :hi                     | s.a BETWEEN ? AND ?          | lo hi",
        "s.a NOT BETWEEN :hi AND :lo                 | s.a NOT BETWEEN ? AND ?      | hi lo",
        "s.name LIKE :pattern                        | s.name LIKE ?                | pattern",
        "s.name NOT LIKE lower(:pattern)             | s.name NOT LIKE LOWER(?)     | pattern",
        "s.a IN (:lo, :hi)                           | s.a IN (?, ?)                | lo hi",
        "s.a NOT IN (:hi)                            | s.a NOT IN (?)               | hi",
        "-:lo < s.a                                  | -? < s.a                     | lo",
        "- -:lo < s.a                                | -(-?) < s.a                  | lo",
        "s.name = :q OR lower(s.name) = lower(:q)    | s.name = ? OR LOWER(s.name) = LOWER(?) | q q",
        "coalesce(:q, s.name) = s.name AND s.a > :lo | COALESCE(?, s.name) = s.name AND s.a > ? | q lo",
        "s.a + :hi - :lo > (:lo - :hi) * 2           | s.a + ? - ? > (? - ?) * 2    | hi lo lo hi",
      })
  void bindsEachParameterWhereItStandsInTextOrder(
      String condition, String where, String bindings) {
    assertWhere(condition, where, bindings.split(" "));
  }
}
