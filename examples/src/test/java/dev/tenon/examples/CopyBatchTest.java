package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.examples.CopyWrites.CopiedValue;
import dev.tenon.examples.CopyWrites.DatedValue;
import dev.tenon.examples.testing.SampleDatabases;
import dev.tenon.examples.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A PostgreSQL batch insert returning only a count goes as {@code COPY … FROM STDIN} in text
 * format, whose escaping is a classic source of corrupted data: every hostile value must come back
 * exactly. Which way a batch went is seen through a rule: PostgreSQL applies {@code CREATE RULE}
 * to INSERT but not to COPY, so the probe table counts the rows that went by JDBC batch.
 */
class CopyBatchTest {
  private static final String MEGABYTE;

  static {
    StringBuilder text = new StringBuilder(1 << 20);
    String piece = "tab\there, line\nnext, cr\r, back\\slash \\N \\. 'q' \"d\" 🦊 中文 ";
    while (text.length() < (1 << 20)) {
      text.append(piece);
    }
    MEGABYTE = text.toString();
  }

  private static final List<String> HOSTILE =
      List.of(
          "tab\there",
          "new\nline",
          "cr\rand crlf\r\n",
          "back\\slash",
          "\\N",
          "\\.",
          "\\.\n",
          "\n\\.\n",
          "\\",
          "\\\\t",
          "",
          " ",
          "O'Brien'; DROP TABLE book; --",
          "\"quoted\"",
          "emoji 🦊🙂 and 中文",
          "\u00e9\u0301 combining",
          "NULL",
          "\t\t\n\n",
          MEGABYTE);

  private static CopyWrites fresh(Jdbi jdbi) {
    jdbi.useHandle(
        handle -> {
          handle.execute("DROP TABLE IF EXISTS copied_value");
          handle.execute("DROP TABLE IF EXISTS dated_value");
          handle.execute("DROP TABLE IF EXISTS copy_probe");
          handle.execute("CREATE TABLE copy_probe (n INT)");
          handle.execute(
              "CREATE TABLE copied_value (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                  + " body TEXT NOT NULL, remark TEXT, amount NUMERIC, flag BOOLEAN NOT NULL,"
                  + " count INT NOT NULL UNIQUE, big BIGINT NOT NULL, ratio DOUBLE PRECISION NOT NULL,"
                  + " tag UUID)");
          handle.execute(
              "CREATE TABLE dated_value (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                  + " day DATE NOT NULL, body TEXT NOT NULL)");
          for (String table : List.of("copied_value", "dated_value")) {
            handle.execute(
                "CREATE RULE " + table + "_probe AS ON INSERT TO " + table
                    + " DO ALSO INSERT INTO copy_probe VALUES (1)");
          }
        });
    return jdbi.onDemand(CopyWrites.class);
  }

  private static int viaBatch(Jdbi jdbi) {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM copy_probe").mapTo(Integer.class).one());
  }

  /** {@code rows} values: the hostile texts first, then plain ones; every other column varies too. */
  private static List<CopiedValue> values(int rows, String prefix) {
    double[] ratios = {0.1, -0.0, 1e300, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, 1.0 / 3};
    List<CopiedValue> values = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      String body = i < HOSTILE.size() ? prefix + HOSTILE.get(i) : prefix + "plain " + i;
      values.add(
          new CopiedValue(
              0,
              body,
              i % 3 == 0 ? null : i % 3 == 1 ? "\\N" : "remark\t" + i,
              i % 4 == 0 ? null : new BigDecimal("12345678901234567890.000" + i),
              i % 2 == 0,
              i == 0 ? Integer.MIN_VALUE : -i,
              i % 7 == 0 ? Long.MAX_VALUE : Long.MIN_VALUE + i,
              ratios[i % ratios.length],
              i % 2 == 0 ? null : new UUID(i, -i)));
    }
    return values;
  }

  private static List<CopiedValue> withIds(List<CopiedValue> values, List<CopiedValue> stored) {
    List<CopiedValue> expected = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      CopiedValue v = values.get(i);
      expected.add(
          new CopiedValue(
              stored.get(i).id(), v.body(), v.remark(), v.amount(), v.flag(), v.count(), v.big(),
              v.ratio(), v.tag()));
    }
    return expected;
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(value = TestDatabase.class, names = "POSTGRES")
  @ExtendWith(SampleDatabases.class)
  void hostileValuesRoundTripExactlyThroughCopy(TestDatabase database) {
    Jdbi jdbi = database.jdbi();
    CopyWrites writes = fresh(jdbi);
    List<CopiedValue> values = values(1_500, "");

    assertEquals(1_500, writes.addAll(values));

    List<CopiedValue> stored = writes.all();
    assertEquals(0, viaBatch(jdbi), "went as COPY: the INSERT rule did not fire");
    assertEquals(withIds(values, stored), stored);
    assertEquals(MEGABYTE, stored.get(HOSTILE.size() - 1).body(), "1 MiB of hostile text intact");
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(value = TestDatabase.class, names = "POSTGRES")
  @ExtendWith(SampleDatabases.class)
  void smallBatchesAndOtherTypesStayJdbcBatchesWithTheSameResult(TestDatabase database) {
    Jdbi jdbi = database.jdbi();
    CopyWrites writes = fresh(jdbi);
    List<CopiedValue> small = values(HOSTILE.size(), "small ");

    assertEquals(HOSTILE.size(), writes.addAll(small));
    assertEquals(HOSTILE.size(), viaBatch(jdbi), "below the COPY threshold: a JDBC batch");
    List<CopiedValue> stored = writes.all();
    assertEquals(withIds(small, stored), stored);

    List<DatedValue> dated = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      dated.add(new DatedValue(0, LocalDate.of(2000, 1, 1).plusDays(i), HOSTILE.get(i % HOSTILE.size())));
    }
    assertEquals(300, writes.addDated(dated));
    assertEquals(HOSTILE.size() + 300, viaBatch(jdbi), "a date is not a COPY type: a JDBC batch");
    List<DatedValue> storedDated = writes.dated();
    for (int i = 0; i < dated.size(); i++) {
      assertEquals(dated.get(i).day(), storedDated.get(i).day());
      assertEquals(dated.get(i).body(), storedDated.get(i).body());
    }
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(value = TestDatabase.class, names = "POSTGRES")
  @ExtendWith(SampleDatabases.class)
  void aFailingCopyLeavesNothingAndDoesNotQuoteTheRow(TestDatabase database) {
    Jdbi jdbi = database.jdbi();
    CopyWrites writes = fresh(jdbi);
    List<CopiedValue> values = values(500, "");
    CopiedValue last = values.get(499);
    values.set(499, new CopiedValue(0, "do not echo me", null, null, true, values.get(300).count(), 2, 3, null));

    UnableToExecuteStatementException failed =
        assertThrows(UnableToExecuteStatementException.class, () -> writes.addAll(values));

    assertTrue(failed.getMessage().startsWith("CopyWrites.addAll failed in COPY: "), failed.getMessage());
    assertTrue(failed.getMessage().contains("[SQL: INSERT INTO copied_value"), failed.getMessage());
    assertFalse(failed.getMessage().contains("do not echo me"), failed.getMessage());
    assertEquals(List.of(), writes.all(), "the transaction took nothing");

    values.set(499, last);
    assertThrows(
        IllegalStateException.class,
        () ->
            jdbi.useTransaction(
                handle -> {
                  handle.attach(CopyWrites.class).addAll(values);
                  throw new IllegalStateException("fails after the COPY");
                }));
    assertEquals(List.of(), writes.all(), "rolled back with the caller's transaction");
    assertEquals(500, writes.addAll(values));
    assertEquals(0, viaBatch(jdbi));
  }
}
