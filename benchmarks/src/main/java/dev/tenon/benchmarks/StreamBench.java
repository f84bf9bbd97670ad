package dev.tenon.benchmarks;

import dev.tenon.TenonPlugin;
import dev.tenon.benchmarks.model.Coupon;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One million coupons from PostgreSQL through Tenon's {@code Stream<Coupon>} and through
 * hand-written JDBC (auto-commit off, fetch size 1,000, the same SQL), in a JVM started with
 * {@code -Xmx64m} (run.sh does). Reports rows/s (best of {@value #RUNS} alternating runs each) and
 * the peak heap: the largest sum over heap pools of their peak usage, reset before each run.
 */
public final class StreamBench {
  static final int RUNS = 3;
  static final int ASSETS = 100_000;

  record Run(String contender, long rows, double seconds, long peakHeap) {
    double rowsPerSecond() {
      return rows / seconds;
    }
  }

  private StreamBench() {}

  public static void main(String[] args) throws SQLException, IOException {
    Path out = Path.of(PerCallRun.option(args, "--out=", "results"));
    Files.createDirectories(out);
    long maxHeap = Runtime.getRuntime().maxMemory();
    List<Run> runs = new ArrayList<>();
    try (BenchDatabase database = BenchDatabase.open("postgres")) {
      database.load(1_000, ASSETS); // 1,000,000 coupons
      Jdbi jdbi = Jdbi.create(database.url).installPlugin(new TenonPlugin());
      for (int run = 0; run < RUNS; run++) {
        runs.add(measure("tenon", () -> tenon(jdbi)));
        runs.add(measure("jdbc", () -> jdbc(database)));
      }
    }
    Run tenon = best(runs, "tenon");
    Run jdbc = best(runs, "jdbc");
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT,
        "| contender | rows | best time s | rows/s | peak heap MiB (max heap %.0f MiB) |%n", maxHeap / 1048576.0));
    md.append("|---|---:|---:|---:|---:|\n");
    for (Run run : List.of(tenon, jdbc)) {
      md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.0f | %.1f |%n",
          run.contender().equals("tenon") ? "Tenon `Stream<Coupon>` (`allCoupons`)" : "hand-written JDBC, fetch size 1,000",
          run.rows(), run.seconds(), run.rowsPerSecond(), run.peakHeap() / 1048576.0));
    }
    md.append(String.format(Locale.ROOT, "%nTenon ÷ JDBC rows/s: %.2f (best of %d runs each, alternating)%n",
        tenon.rowsPerSecond() / jdbc.rowsPerSecond(), RUNS));
    Files.writeString(out.resolve("streaming.md"), md);
    System.out.print(md);
  }

  interface Counted {
    long count() throws SQLException;
  }

  private static Run measure(String contender, Counted body) throws SQLException {
    System.gc();
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
        heap.add(pool);
      }
    }
    long start = System.nanoTime();
    long rows = body.count();
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    if (rows != 1_000_000) {
      throw new IllegalStateException(contender + " read " + rows + " rows, not 1,000,000");
    }
    System.out.printf(Locale.ROOT, "  %-6s %d rows in %.2f s, peak heap %.1f MiB%n", contender, rows, seconds, peak / 1048576.0);
    return new Run(contender, rows, seconds, peak);
  }

  private static long tenon(Jdbi jdbi) {
    try (Handle handle = jdbi.open();
        Stream<Coupon> coupons = handle.attach(BenchQueries.class).allCoupons()) {
      long[] counted = {0, 0};
      coupons.forEach(coupon -> {
        counted[0]++;
        counted[1] += coupon.deviceId();
      });
      return counted[1] > 0 ? counted[0] : -1;
    }
  }

  private static long jdbc(BenchDatabase database) throws SQLException {
    try (Connection connection = database.connect()) {
      connection.setAutoCommit(false);
      try (PreparedStatement statement = connection.prepareStatement(TenonBenchQueries.ALL_COUPONS_SQL)) {
        statement.setFetchSize(1000);
        long rows = 0;
        long checksum = 0;
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            Coupon coupon = new Coupon(result.getLong(1), result.getLong(2), result.getLong(3), result.getString(4));
            checksum += coupon.deviceId();
            rows++;
          }
        }
        connection.commit();
        return checksum > 0 ? rows : -1;
      }
    }
  }

  private static Run best(List<Run> runs, String contender) {
    return runs.stream().filter(run -> run.contender().equals(contender))
        .min((a, b) -> Double.compare(a.seconds(), b.seconds())).orElseThrow();
  }
}
