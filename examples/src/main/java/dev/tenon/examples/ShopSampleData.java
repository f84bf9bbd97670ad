package dev.tenon.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample for scenarios 4 to 6, 10 and 12, loaded by {@link SampleData#load} next to the books
 * and blogs: coupons that devices saved on assets (none, one or several per asset and device),
 * points users earned and spent (including a user whose points sum to zero and users with none),
 * and {@value #PURCHASES} generated purchases with 0 to 3 lines each, more roots than one {@code
 * Fetch.BATCH} chunk and enough rows to stream.
 *
 * <p>Plain JDBC with bound parameters and portable DDL (BIGINT, INT, VARCHAR), so it runs on every
 * test database. It joins the caller's transaction.
 */
final class ShopSampleData {

  /** Purchases generated: more than two {@code Fetch.BATCH} chunks of 1,000 roots. */
  static final int PURCHASES = 2_500;

  static final List<List<Object>> ASSETS =
      List.of(
          List.of(1L, "Harbour at dawn"),
          List.of(2L, "City lights"),
          List.of(3L, "Mountain pass"),
          List.of(4L, "Desert road"),
          List.of(5L, "Old lighthouse"));

  /** The lobby kiosk saved nothing. */
  static final List<List<Object>> DEVICES =
      List.of(List.of(1L, "Ada's phone"), List.of(2L, "Ben's tablet"), List.of(3L, "Lobby kiosk"));

  /**
   * {@code id, code, asset_id, device_id}. Ada's phone saved three coupons on the harbour, one on
   * the city and one on the lighthouse; Ben's tablet one on the harbour, two on the mountain pass
   * and one on the lighthouse. Nobody saved one on the desert road.
   */
  static final List<List<Object>> COUPONS =
      List.of(
          List.of(1L, "SUNRISE10", 1L, 1L),
          List.of(2L, "HARBOUR5", 1L, 1L),
          List.of(3L, "DAWN2FOR1", 1L, 1L),
          List.of(4L, "SUNRISE10", 1L, 2L),
          List.of(5L, "NEON15", 2L, 1L),
          List.of(6L, "SUMMIT20", 3L, 2L),
          List.of(7L, "TRAIL5", 3L, 2L),
          List.of(8L, "BEACON3", 5L, 1L),
          List.of(9L, "BEACON3", 5L, 2L));

  /**
   * {@code id, user_id, amount, reason} for the users of {@link SampleData#USERS}: Ada earned three
   * times, O'Brien once, Dana earned 5 and spent 5 (a sum of 0, not NULL), Chen and Eve have none.
   */
  static final List<List<Object>> POINT_ENTRIES =
      List.of(
          List.of(1L, 1L, 10, "signup"),
          List.of(2L, 1L, 5, "review"),
          List.of(3L, 1L, 20, "referral"),
          List.of(4L, 2L, 7, "review"),
          List.of(5L, 4L, 5, "signup"),
          List.of(6L, 4L, -5, "coffee voucher"));

  private ShopSampleData() {}

  /** Inserts the rows into the migrated tables, in the connection's current transaction. */
  static void load(Connection connection) throws SQLException {
    insert(connection, "INSERT INTO asset (id, name) VALUES (?, ?)", ASSETS);
    insert(connection, "INSERT INTO device (id, name) VALUES (?, ?)", DEVICES);
    insert(
        connection,
        "INSERT INTO coupon (id, code, asset_id, device_id) VALUES (?, ?, ?, ?)",
        COUPONS);
    insert(
        connection,
        "INSERT INTO point_entry (id, user_id, amount, reason) VALUES (?, ?, ?, ?)",
        POINT_ENTRIES);
    List<List<Object>> purchases = new ArrayList<>();
    List<List<Object>> lines = new ArrayList<>();
    generatePurchases(purchases, lines);
    insert(
        connection, "INSERT INTO purchase (id, customer, total_cents) VALUES (?, ?, ?)", purchases);
    insert(
        connection,
        "INSERT INTO purchase_line (id, purchase_id, sku, quantity) VALUES (?, ?, ?, ?)",
        lines);
  }

  /**
   * Purchase {@code n} belongs to one of 50 customers and has {@code n % 4} lines (so every fourth
   * has none); line {@code k} orders {@code k} items at 2.50 each.
   */
  private static void generatePurchases(List<List<Object>> purchases, List<List<Object>> lines) {
    long lineId = 0;
    for (long purchase = 1; purchase <= PURCHASES; purchase++) {
      long totalCents = 0;
      for (int k = 1; k <= purchase % 4; k++) {
        lines.add(
            List.of(++lineId, purchase, String.format("SKU-%03d", (purchase * 7 + k) % 1000), k));
        totalCents += 250L * k;
      }
      purchases.add(
          List.of(purchase, String.format("Customer %02d", (purchase - 1) % 50 + 1), totalCents));
    }
  }

  /** {@code "user"}, quoted as the driver says, as {@link SampleData} creates it. */
  private static String userTable(Connection connection) throws SQLException {
    String quote = connection.getMetaData().getIdentifierQuoteString().strip();
    return quote + "user" + quote;
  }

  private static void insert(Connection connection, String sql, List<List<Object>> rows)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (List<Object> row : rows) {
        for (int i = 0; i < row.size(); i++) {
          statement.setObject(i + 1, row.get(i));
        }
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }
}
