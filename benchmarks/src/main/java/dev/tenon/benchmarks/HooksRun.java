package dev.tenon.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.runner.RunnerException;

/**
 * What it costs to be seen by JDBI's hooks: {@link PerCallBenchmark}'s Tenon DAO with JDBI's
 * defaults ({@code tenon}, the plain path) and on a handle with a {@code SqlLogger} ({@code
 * tenonLogged}, JDBI's pipeline), with JDBC as the yardstick. Per database and scenario the forks
 * run JDBC, Tenon, logged, Tenon, logged, JDBC, logged, Tenon: three forks each for the two Tenon
 * paths, so a load that drifts weighs on both alike. A score is the median of all iterations;
 * the spread is the lowest and highest median of one fork, to show the noise.
 *
 * <pre>java -cp benchmarks.jar dev.tenon.benchmarks.HooksRun [--db=h2,postgres] [--out=DIR]</pre>
 */
public final class HooksRun {
  private static final List<String> ORDER =
      List.of("jdbc", "tenon", "tenonLogged", "tenon", "tenonLogged", "jdbc", "tenonLogged", "tenon");

  private HooksRun() {}

  public static void main(String[] args) throws RunnerException, IOException {
    List<String> dbs = List.of(PerCallRun.option(args, "--db=", "h2,postgres").split(","));
    Path out = Path.of(PerCallRun.option(args, "--out=", "results"));
    Files.createDirectories(out);
    StringBuilder md = new StringBuilder();
    md.append("CPU time per call, µs, median of all iterations (per-fork medians, lowest–highest):")
        .append("\n\n| database | scenario | JDBC | Tenon, JDBI defaults | Tenon, SqlLogger |")
        .append(" **logged ÷ plain** | extra µs per call | Tenon ×JDBC | logged ×JDBC |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String db : dbs) {
      for (String scenario : PerCallRun.SCENARIOS) {
        Map<String, List<PerCallRun.Measured>> forks = new LinkedHashMap<>();
        for (String contender : ORDER) {
          forks
              .computeIfAbsent(contender, c -> new ArrayList<>())
              .add(PerCallRun.run(db, scenario, contender, false));
        }
        double jdbc = cpu(forks.get("jdbc"));
        double plain = cpu(forks.get("tenon"));
        double logged = cpu(forks.get("tenonLogged"));
        String line =
            String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | **%.2f** | %.2f | %.2f | %.2f |%n",
                db,
                scenario,
                withSpread(forks.get("jdbc")),
                withSpread(forks.get("tenon")),
                withSpread(forks.get("tenonLogged")),
                logged / plain,
                logged - plain,
                plain / jdbc,
                logged / jdbc);
        System.out.print(line);
        md.append(line);
      }
    }
    md.append("\nJMH: 4 × 1 s warm-up, 6 × 1 s measured per fork; forks in the order ")
        .append(String.join(", ", ORDER))
        .append(". CPU time of the benchmark thread (")
        .append(CpuTimeProfiler.class.getSimpleName())
        .append("), the measure the per-call ratios use.\n");
    Files.writeString(out.resolve("per-call-hooks.md"), md.toString());
    System.out.println("wrote " + out.resolve("per-call-hooks.md"));
  }

  private static double cpu(List<PerCallRun.Measured> forks) {
    List<Double> all = new ArrayList<>();
    for (PerCallRun.Measured fork : forks) {
      all.addAll(fork.cpu());
    }
    return PerCallRun.median(all);
  }

  private static String withSpread(List<PerCallRun.Measured> forks) {
    double low = Double.MAX_VALUE;
    double high = 0;
    for (PerCallRun.Measured fork : forks) {
      low = Math.min(low, fork.cpuMedian());
      high = Math.max(high, fork.cpuMedian());
    }
    return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", cpu(forks), low, high);
  }
}
