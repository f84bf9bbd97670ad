package dev.tenon.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The {@code title} and {@code sale} tables of the sales report ({@link SalesReport}), loaded by
 * {@link SampleData}. Walden has no sales, so its group must still appear with a count of 0.
 */
final class SalesSampleData {

  static final List<List<Object>> TITLES =
      List.of(List.of(1L, "Dune"), List.of(2L, "Emma"), List.of(3L, "Walden"));

  /** {@code id, title_id, currency, amount_cents}. */
  static final List<List<Object>> SALES =
      List.of(
          List.of(1L, 1L, "EUR", 1000L),
          List.of(2L, 1L, "EUR", 1500L),
          List.of(3L, 1L, "USD", 1200L),
          List.of(4L, 2L, "EUR", 800L),
          List.of(5L, 2L, "GBP", 700L),
          List.of(6L, 2L, "GBP", 900L));

  private SalesSampleData() {}

  /** Creates the tables and inserts the rows, in the connection's current transaction. */
  static void load(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE title (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL)");
      statement.execute(
          "CREATE TABLE sale (id BIGINT PRIMARY KEY, title_id BIGINT NOT NULL,"
              + " currency CHAR(3) NOT NULL, amount_cents BIGINT NOT NULL,"
              + " FOREIGN KEY (title_id) REFERENCES title (id))");
    }
    insert(connection, "INSERT INTO title (id, name) VALUES (?, ?)", TITLES);
    insert(
        connection,
        "INSERT INTO sale (id, title_id, currency, amount_cents) VALUES (?, ?, ?, ?)",
        SALES);
  }

  private static void insert(Connection connection, String sql, List<List<Object>> rows)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (List<Object> row : rows) {
        for (int i = 0; i < row.size(); i++) {
          insert.setObject(i + 1, row.get(i));
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
