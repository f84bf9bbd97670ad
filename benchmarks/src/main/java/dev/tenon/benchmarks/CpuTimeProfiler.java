package dev.tenon.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the benchmark's worker thread per operation ({@code cpu.per.op}, µs), beside JMH's
 * wall-clock score. On a shared machine whose load average is above its core count, wall-clock
 * time also counts the time a thread waits for a core; the thread's own CPU time does not, so it
 * tells the client-side cost of a call far more steadily. It leaves out JIT and GC threads (the
 * allocation difference shows in JMH's B/op instead) and the database server's work: PostgreSQL
 * runs in its own processes, while in-memory H2 runs on the calling thread.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  static final String NAME = "cpu.per.op";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long start;

  @Override
  public String getDescription() {
    return "CPU time of the jmh-worker threads per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    start = workerCpu();
  }

  @Override
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long cpu = workerCpu() - start;
    long ops = Math.max(1, result.getMetadata().getAllOps());
    return List.of(new ScalarResult(NAME, cpu / 1e3 / ops, "us/op", AggregationPolicy.AVG));
  }

  /** Total CPU time of JMH's worker threads; they live across iterations of one fork. */
  private long workerCpu() {
    long total = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().contains("jmh-worker")) {
        long cpu = threads.getThreadCpuTime(thread.getId());
        total += Math.max(0, cpu);
      }
    }
    return total;
  }
}
