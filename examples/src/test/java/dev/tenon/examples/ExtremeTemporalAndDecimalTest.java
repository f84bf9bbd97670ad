package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.examples.ExtremeValues.Extreme;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Issue 14, extreme decimals and dates, written with {@code @Insert} and read back through Tenon on
 * all four databases, in a table of this test's own.
 */
class ExtremeTemporalAndDecimalTest {

  private static final Set<TestDatabase> MADE = EnumSet.noneOf(TestDatabase.class);

  private static synchronized ExtremeValues dao(TestDatabase database) throws SQLException {
    if (!MADE.contains(database)) {
      String timestamp = database == TestDatabase.MARIADB ? "DATETIME(6)" : "TIMESTAMP";
      try (Connection connection = database.dataSource().getConnection();
          Statement ddl = connection.createStatement()) {
        ddl.execute(
            "CREATE TABLE reliability_extreme (id BIGINT PRIMARY KEY, amount DECIMAL(12, 2),"
                + " on_day DATE, at_local "
                + timestamp
                + ", at_instant "
                + timestamp
                + ")");
      }
      MADE.add(database);
    }
    return database.onDemand(ExtremeValues.class);
  }

  @OnEachDatabase
  void decimalsAtTheColumnsPrecisionRoundTrip(TestDatabase database) throws SQLException {
    ExtremeValues values = dao(database);
    BigDecimal largest = new BigDecimal("9999999999.99");
    BigDecimal smallest = new BigDecimal("-9999999999.99");
    values.add(new Extreme(101, largest, null, null, null));
    values.add(new Extreme(102, smallest, null, null, null));

    assertEquals(0, largest.compareTo(values.byId(101).orElseThrow().amount()));
    assertEquals(0, smallest.compareTo(values.byId(102).orElseThrow().amount()));
    assertEquals(101, values.byAmount(largest).orElseThrow().id());
    assertEquals(101, values.byAmount(new BigDecimal("9999999999.990")).orElseThrow().id());
    // A parameter beyond the column's precision is just a value that matches no row.
    assertEquals(Optional.empty(), values.byAmount(new BigDecimal("99999999999.99")));
  }

  @OnEachDatabase
  void decimalsBeyondThePrecisionAreRefusedOrStoredAsSqliteDoes(TestDatabase database)
      throws SQLException {
    ExtremeValues values = dao(database);
    Extreme tooLarge = new Extreme(103, new BigDecimal("12345678901.23"), null, null, null);

    if (database == TestDatabase.SQLITE) {
      values.add(tooLarge); // SQLite has no DECIMAL precision: stored as REAL, as documented
      assertTrue(values.byId(103).isPresent());
    } else {
      UnableToExecuteStatementException refused =
          assertThrows(UnableToExecuteStatementException.class, () -> values.add(tooLarge));
      assertTrue(refused.getMessage().startsWith("ExtremeValues.add failed: "), refused.getMessage());
      assertEquals(Optional.empty(), values.byId(103));
    }
  }

  @OnEachDatabase
  void datesAtBothEndsOfTheCalendarRoundTrip(TestDatabase database) throws SQLException {
    ExtremeValues values = dao(database);
    LocalDate first = LocalDate.of(1, 1, 1);
    LocalDate last = LocalDate.of(9999, 12, 31);
    LocalDateTime lastMicro = LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000);
    values.add(new Extreme(201, null, first, LocalDateTime.of(1, 1, 1, 0, 0), null));
    values.add(new Extreme(202, null, last, lastMicro, null));

    assertEquals(first, values.byId(201).orElseThrow().onDay());
    assertEquals(LocalDateTime.of(1, 1, 1, 0, 0), values.byId(201).orElseThrow().atLocal());
    assertEquals(last, values.byId(202).orElseThrow().onDay());
    assertEquals(lastMicro, values.byId(202).orElseThrow().atLocal());
    assertEquals(201, values.byDay(first).orElseThrow().id());
    assertEquals(202, values.byLocalDateTime(lastMicro).orElseThrow().id());
  }

  @OnEachDatabase
  void localTimesAtDaylightSavingChangesAreKeptAsWritten(TestDatabase database)
      throws SQLException {
    ExtremeValues values = dao(database);
    // Local times that do not exist (spring forward) or exist twice (fall back) in Europe.
    LocalDateTime skipped = LocalDateTime.of(2021, 3, 28, 2, 30);
    LocalDateTime doubled = LocalDateTime.of(2021, 10, 31, 2, 30);
    values.add(new Extreme(301, null, null, skipped, null));
    values.add(new Extreme(302, null, null, doubled, null));

    assertEquals(skipped, values.byId(301).orElseThrow().atLocal());
    assertEquals(doubled, values.byId(302).orElseThrow().atLocal());
    assertEquals(301, values.byLocalDateTime(skipped).orElseThrow().id());
  }

  @OnEachDatabase
  void instantsAroundDaylightSavingChangesRoundTrip(TestDatabase database) throws SQLException {
    ExtremeValues values = dao(database);
    Instant beforeFallBack = Instant.parse("2021-10-31T00:30:00Z");
    Instant afterFallBack = Instant.parse("2021-10-31T01:30:00Z");
    values.add(new Extreme(401, null, null, null, beforeFallBack));
    values.add(new Extreme(402, null, null, null, afterFallBack));

    assertEquals(beforeFallBack, values.byId(401).orElseThrow().atInstant());
    assertEquals(afterFallBack, values.byId(402).orElseThrow().atInstant());
    assertEquals(402, values.byInstant(afterFallBack).orElseThrow().id());
  }
}
