package dev.tenon.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The type helpers on SQLite, which has no boolean, UUID or date types: sqlite-jdbc stores booleans
 * as 1/0, UUIDs and java.time values as text and timestamps as epoch milliseconds. Each value must
 * come back as it went in, and match itself in a collection bound as JSON ({@code json_each}).
 */
class SqliteColumnsTest {
  private static final UUID TOKEN = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
  private static final Instant AT = Instant.parse("2024-02-29T23:59:58.123Z");
  private static final OffsetDateTime LOCAL_NOON = OffsetDateTime.parse("2024-03-01T12:00:00.5+02:00");
  private static final LocalDate DAY = LocalDate.of(2024, 2, 29);
  private static final LocalTime TIME = LocalTime.of(7, 8, 9, 123_456_000);
  private static final LocalDateTime WHEN = LocalDateTime.of(2024, 2, 29, 7, 8, 9, 123_456_000);

  enum Mood {
    GLAD,
    SAD
  }

  private Connection connection;

  @BeforeEach
  void createTable() throws SQLException {
    connection = DriverManager.getConnection("jdbc:sqlite::memory:");
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE sample (id BIGINT PRIMARY KEY, flag BOOLEAN, token CHAR(36),"
              + " at TIMESTAMP, stamped VARCHAR(40), day DATE, time TIME, moment TIMESTAMP,"
              + " mood VARCHAR(10), name VARCHAR(50))");
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO sample VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, 1);
      Columns.setBoolean(insert, 2, true);
      Columns.setUuid(insert, 3, TOKEN);
      Columns.setInstant(insert, 4, AT);
      Columns.setOffsetDateTime(insert, 5, LOCAL_NOON);
      Columns.setLocalDate(insert, 6, DAY);
      Columns.setLocalTime(insert, 7, TIME);
      Columns.setLocalDateTime(insert, 8, WHEN);
      Columns.setEnum(insert, 9, Mood.GLAD);
      Columns.setString(insert, 10, "O'Brien \"Zoë\" \\ 日本");
      insert.executeUpdate();
      insert.setLong(1, 2);
      Columns.setBoolean(insert, 2, null);
      Columns.setUuid(insert, 3, null);
      Columns.setInstant(insert, 4, null);
      Columns.setOffsetDateTime(insert, 5, null);
      Columns.setLocalDate(insert, 6, null);
      Columns.setLocalTime(insert, 7, null);
      Columns.setLocalDateTime(insert, 8, null);
      Columns.setEnum(insert, 9, null);
      Columns.setString(insert, 10, "'; DROP TABLE sample; --");
      insert.executeUpdate();
    }
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void valuesComeBackAsTheyWentIn() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT flag, token, at, stamped, day, time, moment, mood FROM sample ORDER BY id")) {
      assertTrue(row.next());
      assertEquals(Boolean.TRUE, Columns.getBooleanOrNull(row, 1));
      assertEquals(TOKEN, Columns.getUuid(row, 2));
      assertEquals(AT, Columns.getInstant(row, 3));
      assertEquals(LOCAL_NOON, Columns.getOffsetDateTime(row, 4));
      assertEquals(DAY, Columns.getLocalDate(row, 5));
      assertEquals(TIME, Columns.getLocalTime(row, 6));
      assertEquals(WHEN, Columns.getLocalDateTime(row, 7));
      assertEquals(Mood.GLAD, Columns.getEnum(row, 8, Mood.class));
      assertTrue(row.next());
      assertNull(Columns.getBooleanOrNull(row, 1));
      assertNull(Columns.getUuid(row, 2));
      assertNull(Columns.getInstant(row, 3));
      assertNull(Columns.getOffsetDateTime(row, 4));
      assertNull(Columns.getLocalDate(row, 5));
      assertNull(Columns.getEnum(row, 8, Mood.class));
    }
  }

  @Test
  void predicatesReadAsBooleansFromOneAndZero() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT id = 1, id IS NULL, EXISTS (SELECT 1 FROM sample WHERE id = 3)"
                    + " FROM sample WHERE id = 1")) {
      assertTrue(row.next());
      assertTrue(row.getBoolean(1));
      assertFalse(row.getBoolean(2));
      assertEquals(Boolean.FALSE, Columns.getBooleanOrNull(row, 3));
    }
  }

  @Test
  void offsetDateTimeTextWithASpaceIsReadToo() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT '2024-03-01 12:00:00.5+02:00'")) {
      assertTrue(row.next());
      assertEquals(LOCAL_NOON, Columns.getOffsetDateTime(row, 1));
    }
  }

  @Test
  void collectionElementsMatchStoredValuesOfEveryKind() throws SQLException {
    assertEquals(List.of(1L), matching("flag", List.of(true)));
    assertEquals(List.of(), matching("flag", List.of(false)));
    assertEquals(List.of(1L), matching("token", List.of(UUID.randomUUID(), TOKEN)));
    assertEquals(List.of(1L), matching("at", List.of(AT)));
    assertEquals(List.of(), matching("at", List.of(AT.plusMillis(1))));
    assertEquals(List.of(1L), matching("stamped", List.of(LOCAL_NOON)));
    assertEquals(List.of(1L), matching("day", List.of(DAY)));
    assertEquals(List.of(1L), matching("time", List.of(TIME)));
    assertEquals(List.of(1L), matching("moment", List.of(WHEN)));
    assertEquals(List.of(1L), matching("mood", List.of(Mood.GLAD)));
    assertEquals(List.of(1L, 2L), matching("id", List.of(2L, 1L, 99L)));
    assertEquals(List.of(), matching("id", List.of()));
  }

  @Test
  void quotesBackslashesAndUnicodeRoundTripInACollection() throws SQLException {
    assertEquals(List.of(1L), matching("name", List.of("O'Brien \"Zoë\" \\ 日本")));
    assertEquals(List.of(2L), matching("name", List.of("'; DROP TABLE sample; --", "O'Brien")));
    assertEquals(List.of(), matching("name", List.of("O'Brien \"Zoë\" \\ 日")));
  }

  @Test
  void notInAnEmptyCollectionMatchesEverything() throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT id FROM sample WHERE id NOT IN (SELECT value FROM json_each(?)) ORDER BY id")) {
      Columns.setCollection(query, 1, Dialect.SQLITE, "bigint", List.of());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    assertEquals(List.of(1L, 2L), ids);
  }

  /** Ids of the rows whose {@code column} is in {@code values}, as Tenon writes it for SQLite. */
  private List<Long> matching(String column, Collection<?> values) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT id FROM sample WHERE "
                + column
                + " IN (SELECT value FROM json_each(?)) ORDER BY id")) {
      Columns.setCollection(query, 1, Dialect.SQLITE, "varchar", values);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }
}
