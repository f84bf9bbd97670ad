package dev.tenon.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link BatchStrategyBenchmark} for every strategy (three forks each, one with
 * {@code --quick}) and writes {@code batch-strategies-<mode>.md}: rows/s from the median of all
 * iterations, the per-fork medians (to show the noise), and the ratio to the plain batch of 1,000
 * rows per {@code executeBatch} on the same database.
 *
 * <pre>java -cp benchmarks.jar dev.tenon.benchmarks.BatchStrategyRun [--quick] [--strategies=a,b] [--out=DIR]</pre>
 */
public final class BatchStrategyRun {
  static final List<String> STRATEGIES =
      List.of(
          "postgres:batch100", "postgres:batch1000", "postgres:batch5000", "postgres:batch10000",
          "postgres:rewrite1000", "postgres:rewrite10000", "postgres:values100", "postgres:values500",
          "postgres:copyText", "postgres:copyBinary", "postgres:tenon", "postgres:batchKeys1000",
          "postgres:tenonKeys", "mariadb:default", "mariadb:noBulk", "mariadb:bulkStmts",
          "mariadb:values100", "mariadb:values500", "mariadb:tenon");

  private BatchStrategyRun() {}

  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = Arrays.asList(args).contains("--quick");
    List<String> strategies =
        List.of(PerCallRun.option(args, "--strategies=", String.join(",", STRATEGIES)).split(","));
    Path out = Path.of(PerCallRun.option(args, "--out=", "results"));
    Files.createDirectories(out);
    Map<String, List<List<Double>>> byStrategy = new LinkedHashMap<>();
    for (String strategy : strategies) {
      var options =
          new OptionsBuilder()
              .include(BatchStrategyBenchmark.class.getName() + "\\.insert10k$")
              .param("strategy", strategy)
              .forks(quick ? 1 : 3)
              .warmupIterations(3)
              .warmupTime(TimeValue.seconds(1))
              .measurementIterations(5)
              .measurementTime(TimeValue.seconds(1))
              .jvmArgs("-Xms1g", "-Xmx1g", "-Dslf4j.internal.verbosity=ERROR")
              .shouldFailOnError(true)
              .verbosity(VerboseMode.SILENT);
      List<List<Double>> forks = new ArrayList<>();
      for (RunResult result : new Runner(options.build()).run()) {
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
          List<Double> ms = new ArrayList<>();
          for (IterationResult iteration : fork.getIterationResults()) {
            ms.add(iteration.getPrimaryResult().getScore());
          }
          forks.add(ms);
        }
      }
      byStrategy.put(strategy, forks);
      System.out.printf(
          Locale.ROOT, "batch %-24s %9.0f rows/s%n", strategy, rowsPerSecond(all(forks)));
    }
    Path file = out.resolve("batch-strategies-" + (quick ? "quick" : "full") + ".md");
    Files.writeString(file, table(byStrategy, quick));
    System.out.println("wrote " + file);
  }

  static String table(Map<String, List<List<Double>>> byStrategy, boolean quick) {
    StringBuilder md = new StringBuilder();
    md.append("| database | strategy | ms per 10,000 rows | rows/s | per-fork ms | ×batch1000 |\n");
    md.append("|---|---|---:|---:|---|---:|\n");
    for (var entry : byStrategy.entrySet()) {
      String db = entry.getKey().substring(0, entry.getKey().indexOf(':'));
      String how = entry.getKey().substring(db.length() + 1);
      List<Double> all = all(entry.getValue());
      String baseline = db + (db.equals("mariadb") ? ":default" : ":batch1000");
      double ratio =
          byStrategy.containsKey(baseline)
              ? rowsPerSecond(all) / rowsPerSecond(all(byStrategy.get(baseline)))
              : Double.NaN;
      List<String> forks = new ArrayList<>();
      for (List<Double> fork : entry.getValue()) {
        forks.add(String.format(Locale.ROOT, "%.0f", PerCallRun.median(fork)));
      }
      md.append(String.format(
          Locale.ROOT, "| %s | %s | %.0f | %.0f | %s | %.2f |%n",
          db, how, PerCallRun.median(all), rowsPerSecond(all), String.join(" / ", forks), ratio));
    }
    md.append("\nMedians of JMH iterations (3 × 1 s warm-up, 5 × 1 s measured, ")
        .append(quick ? "one fork" : "three forks")
        .append(" per strategy); MariaDB's ratio is to its default, bulk for inserts, 1,000 rows per executeBatch.\n");
    return md.toString();
  }

  private static List<Double> all(List<List<Double>> forks) {
    List<Double> all = new ArrayList<>();
    forks.forEach(all::addAll);
    return all;
  }

  private static double rowsPerSecond(List<Double> millis) {
    return WriteBenchmark.BATCH / (PerCallRun.median(millis) / 1e3);
  }
}
