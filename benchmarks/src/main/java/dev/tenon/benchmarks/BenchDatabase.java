package dev.tenon.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A benchmark database: in-memory H2, or a private schema {@code tenon_bench_<random>} on
 * PostgreSQL that {@link #close()} drops. Data is generated in the database ({@code INSERT …
 * SELECT} over a number series), so even a million rows load in seconds.
 *
 * <p>No foreign key constraints: Tenon reads relations from the annotations, and checking them row
 * by row would only slow the load down. The data is deterministic. Books: every tenth book has no notes at all; each other book has
 * exactly one note from 8 of the 10 users. Coupons: ten per asset, spread over {@value #DEVICES}
 * devices.
 */
public final class BenchDatabase implements AutoCloseable {
  static final int USERS = 10;
  static final int DEVICES = 100;
  static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  final String kind;
  final String url;
  final String schema;
  private final Connection admin;

  private BenchDatabase(String kind, String url, String schema, Connection admin) {
    this.kind = kind;
    this.url = url;
    this.schema = schema;
    this.admin = admin;
  }

  /** {@code "h2"} or {@code "postgres"}; PostgreSQL's URL comes from {@code TENON_PG_URL}. */
  static BenchDatabase open(String kind) throws SQLException {
    String suffix = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    if (kind.equals("h2")) {
      String url = "jdbc:h2:mem:bench_" + suffix + ";DB_CLOSE_DELAY=-1";
      return new BenchDatabase(kind, url, null, DriverManager.getConnection(url));
    }
    if (!kind.equals("postgres")) {
      throw new IllegalArgumentException("unknown database " + kind + "; use h2 or postgres");
    }
    String base = System.getenv().getOrDefault("TENON_PG_URL", DEFAULT_PG_URL);
    String schema = "tenon_bench_" + suffix.toLowerCase(Locale.ROOT);
    Connection admin = DriverManager.getConnection(base);
    try (Statement statement = admin.createStatement()) {
      timed(statement, "CREATE SCHEMA " + schema);
    }
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new BenchDatabase(kind, url, schema, admin);
  }

  boolean postgres() {
    return schema != null;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }

  /** Creates the tables and loads {@code books} books and {@code assets} assets (10 coupons each). */
  void load(int books, int assets) throws SQLException {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      timed(statement, "CREATE TABLE app_user (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL)");
      timed(statement, "CREATE TABLE book (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL)");
      timed(statement, 
          "CREATE TABLE book_note (id BIGINT PRIMARY KEY, text VARCHAR(200) NOT NULL,"
              + " book_id BIGINT NOT NULL,"
              + " user_id BIGINT NOT NULL)");
      timed(statement, "CREATE TABLE asset (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL)");
      timed(statement, 
          "CREATE TABLE coupon (id BIGINT PRIMARY KEY,"
              + " asset_id BIGINT NOT NULL,"
              + " device_id BIGINT NOT NULL, code VARCHAR(40) NOT NULL)");

      String users = series(1, USERS, "u");
      timed(statement, 
          "INSERT INTO app_user (id, name) SELECT u, CONCAT('user ', u) FROM " + users);
      timed(statement, 
          "INSERT INTO book (id, name) SELECT b, CONCAT('Book number ', b) FROM " + series(1, books, "b"));
      // (b * 7 + u * 3) % 10 < 8 holds for exactly 8 of the 10 users, since 3 is prime to 10.
      timed(statement, 
          "INSERT INTO book_note (id, text, book_id, user_id)"
              + " SELECT (b - 1) * 10 + u, CONCAT('note of user ', u, ' on book ', b), b, u"
              + " FROM " + series(1, books, "b")
              + " CROSS JOIN " + series(1, USERS, "u")
              + " WHERE MOD(b, 10) <> 0 AND MOD(b * 7 + u * 3, 10) < 8");
      timed(statement, 
          "INSERT INTO asset (id, name) SELECT a, CONCAT('Asset ', a) FROM " + series(1, assets, "a"));
      // Coupon c is for asset (c - 1) % assets + 1; an asset's ten coupons are on ten devices.
      long coupons = 10L * assets;
      timed(statement, 
          "INSERT INTO coupon (id, asset_id, device_id, code)"
              + " SELECT c, MOD(c - 1, " + assets + ") + 1,"
              + " MOD(CAST(c AS BIGINT) * 7919 + (c - 1) / " + assets + ", " + DEVICES + ") + 1, CONCAT('CODE-', c)"
              + " FROM " + series(1, coupons, "c"));
      timed(statement, "CREATE INDEX book_note_book_user ON book_note (book_id, user_id)");
      timed(statement, "CREATE INDEX coupon_device_asset ON coupon (device_id, asset_id)");
      if (postgres()) {
        // Only the SQL-quality variants use these; on a cold in-memory H2 each costs half a second.
        timed(statement, "CREATE INDEX book_note_user ON book_note (user_id)");
        timed(statement, "CREATE INDEX coupon_asset ON coupon (asset_id)");
        timed(statement, "ANALYZE");
      }
    }
  }

  /** A FROM item with one column {@code name} counting from {@code from} to {@code to}. */
  private String series(long from, long to, String name) {
    return postgres()
        ? "generate_series(" + from + ", " + to + ") " + name + "_series(" + name + ")"
        : "(SELECT X AS " + name + " FROM SYSTEM_RANGE(" + from + ", " + to + ")) " + name + "_series";
  }

  @Override
  public void close() throws SQLException {
    try (Connection connection = admin;
        Statement statement = connection.createStatement()) {
      timed(statement, postgres() ? "DROP SCHEMA " + schema + " CASCADE" : "SHUTDOWN");
    }
  }

  private static void timed(Statement statement, String sql) throws SQLException {
    long start = System.nanoTime();
    statement.execute(sql);
    if (Boolean.getBoolean("tenon.bench.trace")) {
      System.err.printf("%8.1f ms %s%n", (System.nanoTime() - start) / 1e6, sql.substring(0, Math.min(60, sql.length())));
    }
  }
}
