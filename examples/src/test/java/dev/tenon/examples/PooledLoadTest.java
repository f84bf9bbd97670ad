package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tenon.TenonPlugin;
import dev.tenon.examples.model.ImportedNote;
import dev.tenon.examples.model.Purchase;
import dev.tenon.examples.testing.SampleDatabases;
import dev.tenon.examples.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.UnableToProduceResultException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 14, load through a real pool: HikariCP (16 connections) in front of PostgreSQL and MariaDB,
 * 16 threads, a fixed number of calls mixing one-row reads, lists, folded and BATCH collections,
 * streams read fully and abandoned half-way, calls inside transactions, batch inserts in
 * transactions (and transactions that fail after writing), and deliberate mapping failures. Afterwards: no error the test did not cause, every connection back in the pool, no
 * session of the pool left in a transaction or running a statement, and exactly the rows the
 * successful writes reported stored (none of the failed transactions').
 *
 * <p>{@code CALLS} is sized for {@code mvn verify}; {@code examples/soak.sh} runs the same test
 * with {@code -Dtenon.load.calls=…} for a longer soak, and prints calls/s and latency.
 */
@Tag("reliability")
@ExtendWith(SampleDatabases.class)
class PooledLoadTest {

  static final int THREADS = 16;
  static final int CALLS = Integer.getInteger("tenon.load.calls", 2_000);
  private static final int KINDS = 12;

  static HikariDataSource pool(TestDatabase database, String name) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(database.dataSource());
    config.setPoolName(name);
    config.setMaximumPoolSize(THREADS);
    config.setConnectionTimeout(10_000);
    config.setLeakDetectionThreshold(20_000);
    if (database == TestDatabase.POSTGRES) {
      config.setConnectionInitSql("SET application_name = '" + name + "'");
    }
    return new HikariDataSource(config);
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(value = TestDatabase.class, names = {"POSTGRES", "MARIADB"})
  void sixteenThreadsThroughHikariLeaveNothingBehind(TestDatabase database) throws Exception {
    String name = "tenon_load_" + UUID.randomUUID().toString().substring(0, 8);
    try (HikariDataSource pool = pool(database, name)) {
      Jdbi jdbi = Jdbi.create(pool).installPlugin(new TenonPlugin());
      Map<String, AtomicInteger> unexpected = new ConcurrentHashMap<>();
      List<Throwable> samples = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger mappingFailures = new AtomicInteger();
      long[] latencies = new long[CALLS];
      AtomicInteger next = new AtomicInteger();
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      long start = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        running.add(
            threads.submit(
                () -> {
                  for (int call; (call = next.getAndIncrement()) < CALLS; ) {
                    long began = System.nanoTime();
                    try {
                      if (!oneCall(jdbi, call % KINDS, name)) {
                        mappingFailures.incrementAndGet();
                      }
                    } catch (Throwable e) {
                      unexpected.computeIfAbsent(e.toString(), k -> new AtomicInteger()).incrementAndGet();
                      samples.add(e);
                    }
                    latencies[call] = System.nanoTime() - began;
                  }
                }));
      }
      threads.shutdown();
      assertTrue(threads.awaitTermination(150, TimeUnit.SECONDS), "load did not finish in time");
      for (Future<?> thread : running) {
        thread.get();
      }
      long elapsed = System.nanoTime() - start;

      if (!samples.isEmpty()) {
        samples.get(0).printStackTrace();
      }
      assertEquals(Map.of(), Map.copyOf(unexpected), "unexpected errors");
      assertEquals(expectedFailures(), mappingFailures.get(), "deliberate mapping failures");
      assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections(), "connections not returned");
      assertEquals(0, Leftovers.busySessions(database, name), "sessions left busy or in a transaction");
      long written =
          jdbi.onDemand(NoteWrites.class).imported().stream().filter(row -> name.equals(row.source())).count();
      assertEquals(
          (long) ROWS_PER_WRITE * callsOfKind(10), written, "rows stored = what the successful writes said");

      Arrays.sort(latencies);
      System.out.printf(
          "Tenon load on %s: %d calls, %d threads, %.0f calls/s, p50 %.2f ms, p99 %.2f ms,"
              + " %d deliberate failures (mapping, rolled-back writes), 0 other errors, 0 active connections after%n",
          database,
          CALLS,
          THREADS,
          CALLS / (elapsed / 1e9),
          latencies[CALLS / 2] / 1e6,
          latencies[(int) (CALLS * 0.99)] / 1e6,
          mappingFailures.get());
    }
  }

  private static int callsOfKind(int kind) {
    int calls = 0;
    for (int call = 0; call < CALLS; call++) {
      calls += call % KINDS == kind ? 1 : 0;
    }
    return calls;
  }

  private static int expectedFailures() {
    int failures = 0;
    for (int call = 0; call < CALLS; call++) {
      int kind = call % KINDS;
      failures += kind == 8 || kind == 9 || kind == 11 ? 1 : 0;
    }
    return failures;
  }

  /** Rows each successful write call (kind 10) adds to {@code imported_note}. */
  static final int ROWS_PER_WRITE = 3;

  /**
   * One call of {@code kind}; false where it failed as it must: kinds 8 and 9 fail to map, kind
   * 11 writes in a transaction that the caller then fails, so nothing of it may stay.
   */
  static boolean oneCall(Jdbi jdbi, int kind, String source) {
    switch (kind) {
      case 10 -> jdbi.useTransaction(
          handle -> {
            NoteWrites writes = handle.attach(NoteWrites.class);
            List<ImportedNote> rows = new ArrayList<>();
            for (int i = 0; i < ROWS_PER_WRITE; i++) {
              rows.add(new ImportedNote(0, "loaded " + i, i + 1, 1, source));
            }
            check(writes.importAllReturning(rows).stream().allMatch(row -> row.id() > 0));
          });
      case 11 -> {
        try {
          jdbi.useTransaction(
              handle -> {
                handle.attach(NoteWrites.class).importAll(List.of(new ImportedNote(0, "rolled back", 1, 1, source)));
                throw new IllegalStateException("the caller fails after its write");
              });
        } catch (IllegalStateException expected) {
          return false;
        }
        throw new AssertionError("the transaction did not fail");
      }
      case 0 -> check(jdbi.onDemand(HostileInput.class).byId(4).isPresent());
      case 1 -> check(jdbi.onDemand(BookNotes.class).booksWithNoteOf(1).size() == 5);
      case 2 -> check(jdbi.onDemand(NoteCollections.class).booksWithNotesLike("%").size() == 5);
      case 3 -> check(jdbi.onDemand(PurchaseExports.class).purchasesWithLinesBatched().size() == 2_500);
      case 4 -> {
        try (Stream<Purchase> all = new TenonPurchaseExports(jdbi).allPurchases()) {
          check(all.count() == 2_500);
        }
      }
      case 5 -> {
        try (Stream<Purchase> all = new TenonPurchaseExports(jdbi).allPurchases()) {
          check(all.limit(1_200).count() == 1_200); // abandoned past the first fetch
        }
      }
      case 6 -> check(
          jdbi.inTransaction(
              handle ->
                  handle.attach(HostileInput.class).byIds(List.of(1L, 2L, 99L)).size() == 2
                      && handle.attach(BookNotes.class).pageOfBooksWithNoteOf(2, 2, 1).size() == 2));
      case 7 -> check(jdbi.onDemand(Portability.class).usersNamed(List.of("O'Brien", "Eve")).size() == 2);
      case 8 -> {
        try {
          jdbi.onDemand(Misreads.class).booksAsUuids();
        } catch (UnableToProduceResultException expected) {
          check(expected.getMessage().startsWith("Misreads.booksAsUuids: could not map a row"));
          return false;
        }
        throw new AssertionError("a mapping failure went unnoticed");
      }
      case 9 -> {
        try (Stream<Misreads.BookAsUuid> rows = new TenonMisreads(jdbi).streamBooksAsUuids()) {
          rows.count();
        } catch (UnableToProduceResultException expected) {
          check(expected.getMessage().startsWith("Misreads.streamBooksAsUuids: could not map a row"));
          return false;
        }
        throw new AssertionError("a mapping failure went unnoticed");
      }
      default -> throw new IllegalArgumentException("kind " + kind);
    }
    return true;
  }

  private static void check(boolean answer) {
    if (!answer) {
      throw new AssertionError("wrong answer under load");
    }
  }
}
