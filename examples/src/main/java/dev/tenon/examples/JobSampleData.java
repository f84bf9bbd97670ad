package dev.tenon.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The {@code job} queue of {@link Jobs}, loaded by {@link SampleData}: five queued jobs and one
 * already done, so a claim must both filter and skip what another worker holds.
 */
final class JobSampleData {

  /** {@code id, state, payload}. */
  static final List<List<Object>> JOBS =
      List.of(
          List.of(1L, "queued", "resize photo 1"),
          List.of(2L, "queued", "resize photo 2"),
          List.of(3L, "done", "send welcome mail"),
          List.of(4L, "queued", "resize photo 3"),
          List.of(5L, "queued", "rebuild index"),
          List.of(6L, "queued", "send digest"));

  private JobSampleData() {}

  /** Creates the table and inserts the rows, in the connection's current transaction. */
  static void load(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE job (id BIGINT PRIMARY KEY, state VARCHAR(20) NOT NULL,"
              + " payload VARCHAR(200) NOT NULL)");
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO job (id, state, payload) VALUES (?, ?, ?)")) {
      for (List<Object> row : JOBS) {
        for (int i = 0; i < row.size(); i++) {
          insert.setObject(i + 1, row.get(i));
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
