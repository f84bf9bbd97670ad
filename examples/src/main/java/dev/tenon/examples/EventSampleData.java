package dev.tenon.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code event} table of the condition-language examples ({@link Events}), loaded by {@link
 * SampleData}. Titles hold the characters LIKE treats specially ({@code %}, {@code _}, {@code \}),
 * a quote and padding; one note is NULL and one empty; event 4 lies in the future (2037, inside
 * MariaDB's TIMESTAMP range).
 */
final class EventSampleData {

  /** {@code id, title, note, on_day, starts_at, seats}. */
  static final List<List<Object>> EVENTS =
      List.of(
          row(1L, "Ada's 100% talk", "bring_snacks", "2024-03-05", "2024-03-05T09:15:30", 40),
          row(2L, "Back\\slash night", null, "2024-12-24", "2024-12-24T18:00:05", 0),
          row(3L, "O'Brien reads", "", "1999-01-31", "1999-01-31T23:59:59", 12),
          row(4L, "  Padded  ", "padded", "2037-06-01", "2037-06-01T00:00:00", 5),
          row(5L, "snake_case day", "Snake", "2024-03-05", "2024-03-05T12:00:00", 100));

  private EventSampleData() {}

  private static List<Object> row(
      long id, String title, String note, String day, String startsAt, int seats) {
    return Arrays.asList(
        id, title, note, LocalDate.parse(day), LocalDateTime.parse(startsAt), seats);
  }

  /** Creates the table and inserts the rows, in the connection's current transaction. */
  static void load(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE event (id BIGINT PRIMARY KEY, title VARCHAR(200) NOT NULL,"
              + " note VARCHAR(200), on_day DATE NOT NULL, starts_at TIMESTAMP NOT NULL,"
              + " seats INT NOT NULL)");
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO event (id, title, note, on_day, starts_at, seats)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (List<Object> row : EVENTS) {
        for (int i = 0; i < row.size(); i++) {
          if (row.get(i) == null) {
            insert.setNull(i + 1, java.sql.Types.VARCHAR);
          } else {
            insert.setObject(i + 1, row.get(i));
          }
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
