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
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link PerCallBenchmark} with JMH so that ratios survive a noisy machine: for each database
 * and scenario the contenders run back to back (one JMH fork each), JDBC right before Tenon, and
 * the full run measures Tenon and JDBC in three forks each (JDBC, Tenon, the others, Tenon, JDBC,
 * JDBC, Tenon), so a load that drifts during the run weighs on both alike. A score is the median
 * of the iteration scores, so one slow fork out of three does not move it.
 *
 * <p>Prints {@code ratio <db>-<scenario> tenon/jdbc <x>} per scenario as soon as it is measured,
 * then writes {@code per-call-<mode>.md} and the chart {@code per-call-<mode>.png} to the output
 * folder.
 *
 * <pre>java -cp benchmarks.jar dev.tenon.benchmarks.PerCallRun [--quick] [--db=h2,postgres] [--out=DIR]</pre>
 */
public final class PerCallRun {
  static final List<String> SCENARIOS = List.of("lookup", "page", "folded", "count");
  static final List<String> CONTENDERS = List.of("tenon", "jdbc", "jdbiFluent", "jdbiSqlObject", "jooq");

  /**
   * One contender's measurements in one scenario, per iteration: wall-clock µs/op (JMH's score),
   * CPU µs/op ({@link CpuTimeProfiler}) and bytes allocated per op (JMH's GC profiler).
   */
  record Measured(List<Double> scores, List<Double> cpu, List<Double> bytes) {
    double median() {
      return PerCallRun.median(scores);
    }

    double cpuMedian() {
      return PerCallRun.median(cpu);
    }

    double bytesPerOp() {
      return bytes.isEmpty() ? Double.NaN : PerCallRun.median(bytes);
    }
  }

  /** All contenders of one database and scenario. */
  record Row(String db, String scenario, Map<String, Measured> byContender) {
    boolean has(String contender) {
      return byContender.containsKey(contender);
    }

    double score(String contender) {
      return has(contender) ? byContender.get(contender).median() : Double.NaN;
    }

    /** Wall-clock ratio to JDBC. */
    double wallRatio(String contender) {
      return score(contender) / score("jdbc");
    }

    /** CPU µs per call, NaN for a contender this run left out. */
    double cpu(String contender) {
      return has(contender) ? byContender.get(contender).cpuMedian() : Double.NaN;
    }

    /** CPU-time ratio to JDBC: the one printed, charted and held against the goal. */
    double ratio(String contender) {
      return cpu(contender) / cpu("jdbc");
    }
  }

  private PerCallRun() {}

  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = Arrays.asList(args).contains("--quick");
    List<String> dbs = List.of(option(args, "--db=", "h2,postgres").split(","));
    Path out = Path.of(option(args, "--out=", "results"));
    Files.createDirectories(out);
    String mode = quick ? "quick" : "full";

    List<Row> rows = new ArrayList<>();
    for (String db : dbs) {
      for (String scenario : SCENARIOS) {
        List<String> order =
            quick
                ? List.of("jdbc", "tenon")
                : List.of(
                    "jdbc", "tenon", "jdbiFluent", "jdbiSqlObject", "jooq", "tenon", "jdbc", "jdbc",
                    "tenon");
        Map<String, Measured> measured = new LinkedHashMap<>();
        for (String contender : order) {
          Measured one = run(db, scenario, contender, quick);
          measured.merge(
              contender,
              one,
              (a, b) ->
                  new Measured(
                      concat(a.scores(), b.scores()),
                      concat(a.cpu(), b.cpu()),
                      concat(a.bytes(), b.bytes())));
        }
        Row row = new Row(db, scenario, measured);
        rows.add(row);
        System.out.printf(
            Locale.ROOT, "ratio %s-%s tenon/jdbc %.2f%n", db, scenario, row.ratio("tenon"));
        System.out.printf(
            Locale.ROOT,
            "  (wall-clock %s-%s tenon/jdbc %.2f, load average %.1f)%n",
            db,
            scenario,
            row.wallRatio("tenon"),
            java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      }
    }
    Files.writeString(out.resolve("per-call-" + mode + ".md"), table(rows, quick));
    Chart.draw(rows, out.resolve("per-call-" + mode + ".png"), quick);
    System.out.println("wrote " + out.resolve("per-call-" + mode + ".md") + " and .png");
  }

  static Measured run(String db, String scenario, String contender, boolean quick)
      throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(PerCallBenchmark.class.getName() + "\\." + scenario + "_" + contender + "$")
            .param("db", db)
            .forks(1)
            .warmupIterations(quick ? 3 : 4)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(quick ? 3 : 6)
            .measurementTime(quick ? TimeValue.milliseconds(500) : TimeValue.seconds(1))
            .timeUnit(TimeUnit.MICROSECONDS)
            .jvmArgs(
                "-Xms1g",
                "-Xmx1g",
                "-Dslf4j.internal.verbosity=ERROR",
                "-Dorg.jooq.no-logo=true",
                "-Dorg.jooq.no-tips=true")
            .addProfiler(GCProfiler.class)
            .addProfiler(CpuTimeProfiler.class)
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT);
    List<Double> scores = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    List<Double> bytes = new ArrayList<>();
    for (RunResult result : new Runner(options.build()).run()) {
      for (BenchmarkResult benchmark : result.getBenchmarkResults()) {
        for (IterationResult iteration : benchmark.getIterationResults()) {
          scores.add(iteration.getPrimaryResult().getScore());
          cpu.add(iteration.getSecondaryResults().get(CpuTimeProfiler.NAME).getScore());
          Result<?> allocated = iteration.getSecondaryResults().get("gc.alloc.rate.norm");
          if (allocated != null) {
            bytes.add(allocated.getScore());
          }
        }
      }
    }
    if (scores.isEmpty()) {
      throw new IllegalStateException("no result for " + db + " " + scenario + " " + contender);
    }
    System.err.printf(
        Locale.ROOT,
        "  %s %-7s %-14s wall %10.2f us/op  cpu %10.2f us/op%n",
        db,
        scenario,
        contender,
        median(scores),
        median(cpu));
    return new Measured(scores, cpu, bytes);
  }

  static String table(List<Row> rows, boolean quick) {
    StringBuilder md = new StringBuilder();
    md.append("CPU time per call, µs (the measure the ratios use):\n\n");
    md.append("| database | scenario | Tenon | JDBC | JDBI fluent | JDBI SqlObject | jOOQ")
        .append(" | **Tenon ×JDBC** | fluent ×JDBC | SqlObject ×JDBC | jOOQ ×JDBC |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row row : rows) {
      md.append("| ").append(row.db()).append(" | ").append(row.scenario());
      for (String contender : CONTENDERS) {
        md.append(" | ").append(format(row.cpu(contender)));
      }
      md.append(" | **").append(String.format(Locale.ROOT, "%.2f", row.ratio("tenon"))).append("**");
      for (String contender : List.of("jdbiFluent", "jdbiSqlObject", "jooq")) {
        md.append(" | ").append(ratio(row.ratio(contender)));
      }
      md.append(" |\n");
    }
    md.append("\nWall-clock time per call, µs (JMH's score; includes waiting for a core and,")
        .append(" on PostgreSQL, the server's work and the round trip):\n\n");
    md.append("| database | scenario | Tenon | JDBC | JDBI fluent | JDBI SqlObject | jOOQ")
        .append(" | Tenon ×JDBC | fluent ×JDBC | SqlObject ×JDBC | jOOQ ×JDBC |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row row : rows) {
      md.append("| ").append(row.db()).append(" | ").append(row.scenario());
      for (String contender : CONTENDERS) {
        md.append(" | ").append(format(row.score(contender)));
      }
      for (String contender : List.of("tenon", "jdbiFluent", "jdbiSqlObject", "jooq")) {
        md.append(" | ").append(ratio(row.wallRatio(contender)));
      }
      md.append(" |\n");
    }
    md.append("\nBytes allocated per call (JMH `-prof gc`, gc.alloc.rate.norm):\n\n");
    md.append("| database | scenario | Tenon | JDBC | JDBI fluent | JDBI SqlObject | jOOQ |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|\n");
    for (Row row : rows) {
      md.append("| ").append(row.db()).append(" | ").append(row.scenario());
      for (String contender : CONTENDERS) {
        md.append(" | ")
            .append(row.has(contender)
                ? String.format(Locale.ROOT, "%.0f", row.byContender().get(contender).bytesPerOp())
                : "–");
      }
      md.append(" |\n");
    }
    md.append("\nMedians of JMH iterations (")
        .append(quick ? "quick: Tenon and JDBC only, 3 × 1 s warm-up, 3 × 0.5 s measured, one fork each"
            : "full: 4 × 1 s warm-up, 6 × 1 s measured per fork; Tenon and JDBC three forks each,"
                + " in the order JDBC, Tenon, …, Tenon, JDBC, JDBC, Tenon")
        .append(").\n");
    return md.toString();
  }

  private static String format(double micros) {
    if (Double.isNaN(micros)) {
      return "–";
    }
    return String.format(Locale.ROOT, micros < 10 ? "%.2f" : micros < 100 ? "%.1f" : "%.0f", micros);
  }

  private static String ratio(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static List<Double> concat(List<Double> a, List<Double> b) {
    List<Double> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  static String option(String[] args, String prefix, String fallback) {
    for (String arg : args) {
      if (arg.startsWith(prefix)) {
        return arg.substring(prefix.length());
      }
    }
    return fallback;
  }
}
