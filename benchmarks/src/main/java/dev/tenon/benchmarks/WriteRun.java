package dev.tenon.benchmarks;

import dev.tenon.benchmarks.PerCallRun.Measured;
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
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link WriteBenchmark} the way {@link PerCallRun} runs the reads: per database and scenario
 * the contenders back to back, one JMH fork each, JDBC right before Tenon; the full run gives Tenon
 * and JDBC three forks each. A score is the median of all iteration scores of a contender.
 *
 * <p>Prints {@code ratio <db>-<scenario> tenon/jdbc <x>} per scenario. For the single-row writes
 * the ratio is of CPU time per call (as for the reads); for {@code batch10k} it is of wall-clock
 * time per batch, the inverse of the rows/s ratio, because a batch's cost is mostly the
 * database's, which the client thread's CPU time does not see. Writes {@code writes-<mode>.md}.
 *
 * <pre>java -cp benchmarks.jar dev.tenon.benchmarks.WriteRun [--quick] [--db=h2,postgres] [--out=DIR]</pre>
 */
public final class WriteRun {
  static final List<String> SCENARIOS = List.of("insert", "update", "upsert", "batch10k");
  static final List<String> CONTENDERS = WriteCheck.CONTENDERS;

  record Row(String db, String scenario, Map<String, Measured> byContender) {
    boolean has(String contender) {
      return byContender.containsKey(contender);
    }

    double wall(String contender) {
      return has(contender) ? byContender.get(contender).median() : Double.NaN;
    }

    double cpu(String contender) {
      return has(contender) ? byContender.get(contender).cpuMedian() : Double.NaN;
    }

    boolean batch() {
      return scenario.startsWith("batch");
    }

    /** The ratio held against the goal: CPU per call, or wall time per batch. */
    double ratio(String contender) {
      return batch() ? wall(contender) / wall("jdbc") : cpu(contender) / cpu("jdbc");
    }

    double rowsPerSecond(String contender) {
      return WriteBenchmark.BATCH / (wall(contender) / 1e6);
    }
  }

  private WriteRun() {}

  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = Arrays.asList(args).contains("--quick");
    List<String> dbs = List.of(PerCallRun.option(args, "--db=", "h2,postgres").split(","));
    List<String> scenarios =
        List.of(PerCallRun.option(args, "--scenarios=", String.join(",", SCENARIOS)).split(","));
    Path out = Path.of(PerCallRun.option(args, "--out=", "results"));
    Files.createDirectories(out);
    String mode = quick ? "quick" : "full";
    List<Row> rows = new ArrayList<>();
    for (String db : dbs) {
      for (String scenario : scenarios) {
        List<String> order =
            quick
                ? List.of("jdbc", "tenon")
                : List.of("jdbc", "tenon", "jdbiSqlObject", "jooq", "tenon", "jdbc", "jdbc", "tenon");
        Map<String, Measured> measured = new LinkedHashMap<>();
        for (String contender : order) {
          measured.merge(
              contender,
              run(db, scenario, contender, quick),
              (a, b) ->
                  new Measured(
                      concat(a.scores(), b.scores()), concat(a.cpu(), b.cpu()), concat(a.bytes(), b.bytes())));
        }
        Row row = new Row(db, scenario, measured);
        rows.add(row);
        System.out.printf(Locale.ROOT, "ratio %s-%s tenon/jdbc %.2f%n", db, scenario, row.ratio("tenon"));
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (row.batch()) {
          System.out.printf(
              Locale.ROOT,
              "  (rows/s tenon %.0f, jdbc %.0f; cpu %s-%s tenon/jdbc %.2f, load average %.1f)%n",
              row.rowsPerSecond("tenon"), row.rowsPerSecond("jdbc"), db, scenario,
              row.cpu("tenon") / row.cpu("jdbc"), load);
        } else {
          System.out.printf(
              Locale.ROOT,
              "  (wall-clock %s-%s tenon/jdbc %.2f, load average %.1f)%n",
              db, scenario, row.wall("tenon") / row.wall("jdbc"), load);
        }
      }
    }
    Path file = out.resolve("writes-" + mode + ".md");
    Files.writeString(file, table(rows, quick));
    System.out.println("wrote " + file);
  }

  private static Measured run(String db, String scenario, String contender, boolean quick)
      throws RunnerException {
    var options =
        new OptionsBuilder()
            .include(WriteBenchmark.class.getName() + "\\." + scenario + "_" + contender + "$")
            .param("db", db)
            .forks(1)
            .warmupIterations(quick ? 3 : 4)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(quick ? 3 : 6)
            .measurementTime(quick ? TimeValue.milliseconds(500) : TimeValue.seconds(1))
            .timeUnit(TimeUnit.MICROSECONDS)
            .jvmArgs(
                "-Xms1g", "-Xmx1g", "-Dslf4j.internal.verbosity=ERROR", "-Dorg.jooq.no-logo=true",
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
        Locale.ROOT, "  %s %-8s %-14s wall %10.2f us/op  cpu %10.2f us/op%n",
        db, scenario, contender, PerCallRun.median(scores), PerCallRun.median(cpu));
    return new Measured(scores, cpu, bytes);
  }

  static String table(List<Row> rows, boolean quick) {
    StringBuilder md = new StringBuilder();
    md.append("CPU time per call, µs (single-row ratios use it):\n\n");
    header(md, "Tenon ×JDBC");
    for (Row row : rows) {
      line(md, row, row::cpu, contender -> row.cpu(contender) / row.cpu("jdbc"));
    }
    md.append("\nWall-clock time per call, µs (the batch ratio uses it):\n\n");
    header(md, "Tenon ×JDBC");
    for (Row row : rows) {
      line(md, row, row::wall, contender -> row.wall(contender) / row.wall("jdbc"));
    }
    md.append("\nBatch of 10,000 rows, rows/s (from wall-clock time):\n\n");
    md.append("| database | Tenon | JDBC | JDBI SqlObject | jOOQ | **Tenon ÷ JDBC** |\n");
    md.append("|---|---:|---:|---:|---:|---:|\n");
    for (Row row : rows) {
      if (row.batch()) {
        md.append("| ").append(row.db());
        for (String contender : CONTENDERS) {
          md.append(" | ").append(row.has(contender) ? String.format(Locale.ROOT, "%.0f", row.rowsPerSecond(contender)) : "–");
        }
        md.append(" | **").append(String.format(Locale.ROOT, "%.2f", row.rowsPerSecond("tenon") / row.rowsPerSecond("jdbc"))).append("** |\n");
      }
    }
    md.append("\nBytes allocated per call (JMH `-prof gc`, gc.alloc.rate.norm):\n\n");
    md.append("| database | scenario | Tenon | JDBC | JDBI SqlObject | jOOQ |\n");
    md.append("|---|---|---:|---:|---:|---:|\n");
    for (Row row : rows) {
      md.append("| ").append(row.db()).append(" | ").append(row.scenario());
      for (String contender : CONTENDERS) {
        md.append(" | ").append(row.has(contender)
            ? String.format(Locale.ROOT, "%.0f", row.byContender().get(contender).bytesPerOp()) : "–");
      }
      md.append(" |\n");
    }
    md.append("\nMedians of JMH iterations (")
        .append(quick
            ? "quick: Tenon and JDBC only, 3 × 1 s warm-up, 3 × 0.5 s measured, one fork each"
            : "full: 4 × 1 s warm-up, 6 × 1 s measured per fork; Tenon and JDBC three forks each,"
                + " in the order JDBC, Tenon, SqlObject, jOOQ, Tenon, JDBC, JDBC, Tenon")
        .append(").\n");
    return md.toString();
  }

  private static void header(StringBuilder md, String ratio) {
    md.append("| database | scenario | Tenon | JDBC | JDBI SqlObject | jOOQ | **").append(ratio)
        .append("** | SqlObject ×JDBC | jOOQ ×JDBC |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
  }

  private static void line(
      StringBuilder md, Row row, java.util.function.ToDoubleFunction<String> value,
      java.util.function.ToDoubleFunction<String> ratio) {
    md.append("| ").append(row.db()).append(" | ").append(row.scenario());
    for (String contender : CONTENDERS) {
      md.append(" | ").append(format(row.has(contender) ? value.applyAsDouble(contender) : Double.NaN));
    }
    md.append(" | **").append(format2(ratio.applyAsDouble("tenon"))).append("**");
    for (String contender : List.of("jdbiSqlObject", "jooq")) {
      md.append(" | ").append(row.has(contender) ? format2(ratio.applyAsDouble(contender)) : "–");
    }
    md.append(" |\n");
  }

  private static String format(double micros) {
    if (Double.isNaN(micros)) {
      return "–";
    }
    return String.format(Locale.ROOT, micros < 10 ? "%.2f" : micros < 100 ? "%.1f" : "%.0f", micros);
  }

  private static String format2(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static List<Double> concat(List<Double> a, List<Double> b) {
    List<Double> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
