package dev.tenon.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The batch strategies of {@link BatchStrategyBenchmark} measured in alternation, for a machine
 * whose load drifts faster than a JMH fork lasts: one JVM opens every strategy, warms each up,
 * then runs rounds in which every strategy inserts its 10,000 rows once (the order rotating each
 * round), so a change in load falls on all of them alike. A strategy's time is the median of its
 * rounds; {@code loaded_note} is emptied before each insert, outside the timing. This is what the
 * choice of strategy rests on; {@link BatchStrategyRun} gives the JMH forks beside it.
 *
 * <pre>java -cp benchmarks.jar dev.tenon.benchmarks.BatchStrategyRounds [--rounds=N] [--strategies=a,b] [--out=DIR]</pre>
 */
public final class BatchStrategyRounds {
  private BatchStrategyRounds() {}

  public static void main(String[] args) throws SQLException, IOException {
    int rounds = Integer.parseInt(PerCallRun.option(args, "--rounds=", "15"));
    List<String> strategies =
        List.of(
            PerCallRun.option(args, "--strategies=", String.join(",", BatchStrategyRun.STRATEGIES))
                .split(","));
    Path out = Path.of(PerCallRun.option(args, "--out=", "results"));
    Files.createDirectories(out);
    Map<String, BatchStrategyBenchmark> open = new LinkedHashMap<>();
    Map<String, List<Double>> millis = new LinkedHashMap<>();
    double loadBefore = load();
    try {
      for (String strategy : strategies) {
        BatchStrategyBenchmark bench = new BatchStrategyBenchmark();
        bench.strategy = strategy;
        bench.open(); // also checks the rows arrive intact and in order
        open.put(strategy, bench);
        millis.put(strategy, new ArrayList<>());
      }
      for (int warm = 0; warm < 5; warm++) {
        for (BatchStrategyBenchmark bench : open.values()) {
          bench.empty();
          bench.insert10k();
        }
      }
      List<String> order = new ArrayList<>(strategies);
      for (int round = 0; round < rounds; round++) {
        for (String strategy : order) {
          BatchStrategyBenchmark bench = open.get(strategy);
          bench.empty();
          long start = System.nanoTime();
          bench.insert10k();
          millis.get(strategy).add((System.nanoTime() - start) / 1e6);
        }
        order.add(order.remove(0));
      }
    } finally {
      for (BatchStrategyBenchmark bench : open.values()) {
        bench.close();
      }
    }
    StringBuilder md = new StringBuilder();
    md.append("| database | strategy | median ms per 10,000 rows | rows/s | quartiles ms | ×batch1000 |\n");
    md.append("|---|---|---:|---:|---|---:|\n");
    for (var entry : millis.entrySet()) {
      String db = entry.getKey().substring(0, entry.getKey().indexOf(':'));
      String baseline = db + (db.equals("mariadb") ? ":default" : ":batch1000");
      double median = PerCallRun.median(entry.getValue());
      double[] sorted = entry.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
      double ratio =
          millis.containsKey(baseline) ? PerCallRun.median(millis.get(baseline)) / median : Double.NaN;
      String line =
          String.format(
              Locale.ROOT, "| %s | %s | %.0f | %.0f | %.0f–%.0f | %.2f |%n",
              db, entry.getKey().substring(db.length() + 1), median, 10_000 / (median / 1e3),
              sorted[sorted.length / 4], sorted[sorted.length * 3 / 4], ratio);
      md.append(line);
      System.out.print(line);
    }
    md.append(String.format(
        Locale.ROOT,
        "%nMedian of %d alternating rounds after 5 warm-up rounds, one JVM; load average %.1f at the"
            + " start, %.1f at the end. MariaDB's ratio is to its default (bulk for inserts), 1,000"
            + " rows per executeBatch.%n",
        rounds, loadBefore, load()));
    Files.writeString(out.resolve("batch-strategies-rounds.md"), md.toString());
    System.out.println("wrote " + out.resolve("batch-strategies-rounds.md") + " " + Arrays.toString(args));
  }

  private static double load() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
