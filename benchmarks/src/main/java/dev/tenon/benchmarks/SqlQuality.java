package dev.tenon.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SQL quality on PostgreSQL: Tenon's statements against the workarounds users write and against
 * the best hand-written SQL, on generated data (100,000 books with 720,000 notes over 10 users;
 * 100,000 assets with 1,000,000 coupons over 100 devices).
 *
 * <p>Each variant is timed two ways: from Java (execute, read every row into objects; median of
 * {@value #RUNS} runs after {@value #WARMUPS} warm-ups) and on the server ({@code EXPLAIN (ANALYZE)} execution
 * time, median of {@value #RUNS}). Rows returned are counted, so a workaround that loses rows says
 * how many. Writes {@code sql-quality.md} and every plan ({@code sql-quality-plans.txt}) to the
 * output folder.
 */
public final class SqlQuality {
  static final int BOOKS = 100_000;
  static final int ASSETS = 100_000;
  static final int RUNS = 5;
  /** Unmeasured runs first, so the client's JIT warm-up does not fall on the first variant. */
  static final int WARMUPS = 3;
  static final long USER = 3;
  static final long DEVICE = 42;
  static final long FEATURED = 20;

  /** One way to answer a question. {@code sql == null}: two queries joined in memory. */
  record Variant(String name, String sql, int parameters, boolean correct) {}

  record Measured(Variant variant, long rows, double clientMs, double serverMs) {}

  /** The last EXPLAIN ANALYZE output of every variant, for the record. */
  private static final StringBuilder PLANS = new StringBuilder();
  private static String lastPlan = "";

  private SqlQuality() {}

  public static void main(String[] args) throws SQLException, IOException {
    Path out = Path.of(PerCallRun.option(args, "--out=", "results"));
    Files.createDirectories(out);
    StringBuilder md = new StringBuilder();
    try (BenchDatabase database = BenchDatabase.open("postgres")) {
      long start = System.nanoTime();
      database.load(BOOKS, ASSETS);
      System.out.printf(Locale.ROOT, "generated the data in %.1f s%n", (System.nanoTime() - start) / 1e9);
      try (Connection connection = database.connect()) {
        md.append(section(connection, "Every book with user 3's note, or NULL (100,000 rows)",
            booksWithNote(), USER));
        md.append(section(connection, "Every asset with the number of coupons device 42 saved for it (100,000 rows)",
            filteredCount(), DEVICE));
        md.append(section(connection, "Featured assets (ids ≤ 20) and every asset device 42 saved, saved first",
            savedFirst(), DEVICE));
      }
    }
    Files.writeString(out.resolve("sql-quality.md"), md);
    Files.writeString(out.resolve("sql-quality-plans.txt"), PLANS);
    System.out.println("wrote " + out.resolve("sql-quality.md"));
  }

  static List<Variant> booksWithNote() {
    String note = "SELECT book.id, book.name, n.id, n.text, n.book_id, n.user_id FROM book book ";
    return List.of(
        new Variant("Tenon (`allBooksWithNote`)", TenonBenchQueries.ALL_BOOKS_WITH_NOTE_SQL, 1, true),
        new Variant("hand-written: LEFT JOIN … ON (key AND user)",
            note + "LEFT JOIN book_note n ON n.book_id = book.id AND n.user_id = ? ORDER BY book.id", 1, true),
        new Variant("hand-written: LEFT JOIN LATERAL",
            note + "LEFT JOIN LATERAL (SELECT * FROM book_note x WHERE x.book_id = book.id AND x.user_id = ?) n"
                + " ON TRUE ORDER BY book.id", 1, true),
        new Variant("workaround: LEFT JOIN all notes, CASE … DISTINCT ON",
            "SELECT DISTINCT ON (book.id) book.id, book.name,"
                + " CASE WHEN n.user_id = ? THEN n.id END, CASE WHEN n.user_id = ? THEN n.text END,"
                + " CASE WHEN n.user_id = ? THEN n.book_id END, CASE WHEN n.user_id = ? THEN n.user_id END"
                + " FROM book book LEFT JOIN book_note n ON n.book_id = book.id"
                + " ORDER BY book.id, (n.user_id = ?) DESC NULLS LAST", 5, true),
        new Variant("workaround: WHERE n.user_id = ? OR n.id IS NULL",
            note + "LEFT JOIN book_note n ON n.book_id = book.id WHERE n.user_id = ? OR n.id IS NULL"
                + " ORDER BY book.id", 1, false),
        new Variant("workaround: two queries joined in memory", null, 1, true));
  }

  static List<Variant> filteredCount() {
    return List.of(
        new Variant("Tenon (`allSavedCounts`): derived table, LEFT JOIN once",
            TenonBenchQueries.ALL_SAVED_COUNTS_SQL, 1, true),
        new Variant("correlated subquery in SELECT",
            "SELECT asset.id, asset.name, (SELECT COUNT(*) FROM coupon c WHERE c.asset_id = asset.id"
                + " AND c.device_id = ?) FROM asset asset ORDER BY asset.id", 1, true),
        new Variant("COUNT(c.id) FILTER (WHERE …) over one LEFT JOIN",
            "SELECT asset.id, asset.name, COUNT(c.id) FILTER (WHERE c.device_id = ?)"
                + " FROM asset asset LEFT JOIN coupon c ON c.asset_id = asset.id"
                + " GROUP BY asset.id, asset.name ORDER BY asset.id", 1, true),
        new Variant("hand-written: LEFT JOIN … ON (key AND device), GROUP BY",
            "SELECT asset.id, asset.name, COUNT(c.id) FROM asset asset"
                + " LEFT JOIN coupon c ON c.asset_id = asset.id AND c.device_id = ?"
                + " GROUP BY asset.id, asset.name ORDER BY asset.id", 1, true),
        new Variant("workaround: WHERE c.device_id = ? OR c.id IS NULL",
            "SELECT asset.id, asset.name, COUNT(c.id) FROM asset asset"
                + " LEFT JOIN coupon c ON c.asset_id = asset.id WHERE c.device_id = ? OR c.id IS NULL"
                + " GROUP BY asset.id, asset.name ORDER BY asset.id", 1, false));
  }

  static List<Variant> savedFirst() {
    String exists = "EXISTS (SELECT 1 FROM coupon c WHERE c.asset_id = asset.id AND c.device_id = ?)";
    return List.of(
        new Variant("Tenon (`savedOrFeatured`): flag computed once in a derived table",
            TenonBenchQueries.SAVED_OR_FEATURED_SQL, 2, true),
        new Variant("workaround: EXISTS repeated in SELECT, WHERE and ORDER BY",
            "SELECT asset.id, asset.name, " + exists + " FROM asset asset WHERE " + exists
                + " OR asset.id <= ? ORDER BY " + exists + " DESC, asset.id", 4, true),
        new Variant("hand-written: UNION of the two sets",
            "SELECT id, name, saved FROM (SELECT asset.id, asset.name, TRUE AS saved FROM asset asset"
                + " WHERE asset.id IN (SELECT c.asset_id FROM coupon c WHERE c.device_id = ?)"
                + " UNION ALL SELECT asset.id, asset.name, FALSE FROM asset asset WHERE asset.id <= ?"
                + " AND NOT EXISTS (SELECT 1 FROM coupon c WHERE c.asset_id = asset.id AND c.device_id = ?))"
                + " x ORDER BY saved DESC, id", 3, true));
  }

  private static String section(Connection connection, String title, List<Variant> variants, long key)
      throws SQLException {
    List<Measured> results = new ArrayList<>();
    for (Variant variant : variants) {
      Measured measured = measure(connection, variant, key);
      results.add(measured);
      System.out.printf(Locale.ROOT, "  %-70s rows %7d  client %8.1f ms  server %8.1f ms%n",
          variant.name(), measured.rows(), measured.clientMs(), measured.serverMs());
    }
    long expected = results.get(0).rows();
    double tenon = results.get(0).clientMs();
    List<Measured> hand = results.stream().skip(1)
        .filter(m -> m.variant().correct() && m.variant().name().startsWith("hand")).toList();
    double best = hand.stream().mapToDouble(Measured::clientMs).min().orElse(Double.NaN);
    double bestServer = hand.stream().mapToDouble(Measured::serverMs).min().orElse(Double.NaN);
    StringBuilder md = new StringBuilder("\n### " + title + "\n\n");
    double tenonServer = results.get(0).serverMs();
    md.append("| variant | rows | rows lost | client ms | server ms (EXPLAIN ANALYZE) | ×Tenon (client) | ×Tenon (server) |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Measured m : results) {
      boolean server = !Double.isNaN(m.serverMs());
      md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %s | %.2f | %s |%n",
          m.variant().name(), m.rows(), expected - m.rows(), m.clientMs(),
          server ? String.format(Locale.ROOT, "%.1f", m.serverMs()) : "n/a (two statements)",
          m.clientMs() / tenon,
          server ? String.format(Locale.ROOT, "%.2f", m.serverMs() / tenonServer) : "n/a"));
    }
    if (!Double.isNaN(best)) {
      md.append(String.format(Locale.ROOT,
          "%nTenon ÷ best hand-written: %.2f on the server (EXPLAIN ANALYZE), %.2f from the client%n",
          tenonServer / bestServer, tenon / best));
    }
    return md.toString();
  }

  private static Measured measure(Connection connection, Variant variant, long key) throws SQLException {
    List<Double> client = new ArrayList<>();
    long rows = 0;
    for (int run = 0; run < WARMUPS + RUNS; run++) {
      long start = System.nanoTime();
      rows = variant.sql() == null ? twoQueries(connection, key) : read(connection, variant, key);
      if (run >= WARMUPS) {
        client.add((System.nanoTime() - start) / 1e6);
      }
    }
    double server = Double.NaN;
    if (variant.sql() != null) {
      List<Double> times = new ArrayList<>();
      for (int run = 0; run < RUNS; run++) {
        times.add(explainAnalyze(connection, variant, key));
      }
      server = PerCallRun.median(times);
      PLANS.append(lastPlan);
    }
    return new Measured(variant, rows, PerCallRun.median(client), server);
  }

  /** Binds {@code key} to every parameter except a last one named featured ({@code ?} after {@code <=}). */
  private static void bind(PreparedStatement statement, Variant variant, long key) throws SQLException {
    String sql = variant.sql();
    int index = 0;
    int at = -1;
    while ((at = sql.indexOf('?', at + 1)) >= 0) {
      index++;
      boolean featured = sql.substring(Math.max(0, at - 4), at).contains("<=");
      statement.setLong(index, featured ? FEATURED : key);
    }
    if (index != variant.parameters()) {
      throw new IllegalStateException(variant.name() + ": expected " + variant.parameters() + " parameters");
    }
  }

  /** Executes and reads every column of every row, as a caller would. */
  private static long read(Connection connection, Variant variant, long key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(variant.sql())) {
      bind(statement, variant, key);
      try (ResultSet rows = statement.executeQuery()) {
        int columns = rows.getMetaData().getColumnCount();
        long count = 0;
        Object sink = null;
        while (rows.next()) {
          for (int i = 1; i <= columns; i++) {
            sink = rows.getObject(i);
          }
          count++;
        }
        return sink == null ? count : count;
      }
    }
  }

  /** What people do when the ORM cannot filter a join: all books, the user's notes, a hash join. */
  private static long twoQueries(Connection connection, long user) throws SQLException {
    Map<Long, Object[]> notes = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT id, text, book_id, user_id FROM book_note WHERE user_id = ?")) {
      statement.setLong(1, user);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          notes.put(rows.getLong(3),
              new Object[] {rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getLong(4)});
        }
      }
    }
    long count = 0;
    try (PreparedStatement statement = connection.prepareStatement("SELECT id, name FROM book ORDER BY id");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        Object[] joined = {rows.getLong(1), rows.getString(2), notes.get(rows.getLong(1))};
        count += joined.length > 0 ? 1 : 0;
      }
    }
    return count;
  }

  private static double explainAnalyze(Connection connection, Variant variant, long key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("EXPLAIN (ANALYZE, FORMAT TEXT) " + variant.sql())) {
      bind(statement, variant, key);
      StringBuilder plan = new StringBuilder("=== " + variant.name() + "\n" + variant.sql() + "\n\n");
      double time = Double.NaN;
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
          String line = rows.getString(1).trim();
          if (line.startsWith("Execution Time:")) {
            time = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
          }
        }
      }
      if (!Double.isNaN(time)) {
        lastPlan = plan.append('\n').toString();
        return time;
      }
    }
    throw new IllegalStateException("no execution time for " + variant.name());
  }
}
