package dev.tenon.benchmarks;

import dev.tenon.TenonPlugin;
import dev.tenon.benchmarks.BenchQueries.AssetWithCount;
import dev.tenon.benchmarks.BenchQueries.BookWithNote;
import dev.tenon.benchmarks.BenchQueries.BookWithNotes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.jooq.DSLContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Per-call cost of four queries, five ways, on the same data and the same JDBI handle: the
 * generated Tenon DAO ({@code handle.attach}), hand-written JDBC on the handle's connection, JDBI
 * fluent with reflective mappers, a JDBI SqlObject with registered mappers, and jOOQ's DSL without
 * code generation on the handle's connection. Benchmark names
 * are {@code <scenario>_<contender>}; {@link Report} turns them into ratios to {@code jdbc}.
 *
 * <p>{@code tenonLogged} is the same DAO on a second handle whose JDBI config has a {@code
 * SqlLogger} (one that only counts), so its statements take JDBI's pipeline: the cost of being seen
 * by JDBI's hooks ({@link HooksRun}).
 *
 * <p>Every call asks for a different key, in a sequence that is the same for every contender.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PerCallBenchmark {
  static final int BOOKS = 2_000;
  static final int ASSETS = 2_000;
  static final int PAGE = 100;
  static final int FOLDED_BOOKS = 50;

  @Param({"h2", "postgres"})
  public String db;

  private BenchDatabase database;
  private Handle handle;
  private Connection connection;
  private BenchQueries tenon;
  private Handle loggedHandle;
  private BenchQueries tenonLogged;
  /** Statements the logger saw; read after the run so the logger cannot be optimised away. */
  long logged;
  private JdbiSqlObject sqlObject;
  private DSLContext jooq;
  private long step;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    database = BenchDatabase.open(db);
    database.load(BOOKS, ASSETS);
    Jdbi jdbi =
        JdbiFluent.configure(
            Jdbi.create(database.url)
                .installPlugin(new TenonPlugin())
                .installPlugin(new SqlObjectPlugin()));
    handle = jdbi.open();
    connection = handle.getConnection();
    tenon = handle.attach(BenchQueries.class);
    loggedHandle = jdbi.open();
    loggedHandle
        .getConfig(SqlStatements.class)
        .setSqlLogger(
            new SqlLogger() {
              @Override
              public void logAfterExecution(StatementContext context) {
                logged++;
              }
            });
    tenonLogged = loggedHandle.attach(BenchQueries.class);
    sqlObject = handle.attach(JdbiSqlObject.class);
    jooq = Jooq.context(connection, db);
    Check.sameAnswers(this);
    if (!tenon.pageOptionalFilters(1, 10, null, 200L, null, 13L, PAGE)
        .equals(tenon.pageFixedFilters(1, 10, 200, 13, PAGE))) {
      throw new IllegalStateException("optional and fixed filters disagree");
    }
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    loggedHandle.close();
    handle.close();
    database.close();
  }

  /** The next call's number: walks all keys in a fixed, scattered order. */
  private long next() {
    step = (step + 7919) % BOOKS;
    return step;
  }

  private long user() {
    return step % BenchDatabase.USERS + 1;
  }

  private long device() {
    return step % BenchDatabase.DEVICES + 1;
  }

  /** A key range start so that a range of {@code size} stays inside {@code 1..total}. */
  private long rangeStart(int size, int total) {
    return next() % (total - size);
  }

  // (a) one row with a filtered LEFT JOIN

  @Benchmark
  public BookWithNote lookup_tenon() {
    long book = next() + 1;
    return tenon.lookup(user(), book);
  }

  @Benchmark
  public BookWithNote lookup_tenonLogged() {
    long book = next() + 1;
    return tenonLogged.lookup(user(), book);
  }

  @Benchmark
  public BookWithNote lookup_jdbc() throws SQLException {
    long book = next() + 1;
    return HandJdbc.lookup(connection, user(), book);
  }

  @Benchmark
  public BookWithNote lookup_jdbiFluent() {
    long book = next() + 1;
    return JdbiFluent.lookup(handle, user(), book);
  }

  @Benchmark
  public BookWithNote lookup_jdbiSqlObject() {
    long book = next() + 1;
    return sqlObject.lookup(user(), book);
  }

  @Benchmark
  public BookWithNote lookup_jooq() {
    long book = next() + 1;
    return Jooq.lookup(jooq, user(), book);
  }

  // (b') the page of (b) with four optional filters, two given, against the same two fixed:
  // what choosing the combination's statement costs per call (not part of PerCallRun's scenarios)

  @Benchmark
  public List<BookWithNote> optionalFilters_tenon() {
    long after = rangeStart(PAGE + 50, BOOKS);
    return tenon.pageOptionalFilters(user(), after, null, after + PAGE + 50, null, after + 3, PAGE);
  }

  @Benchmark
  public List<BookWithNote> fixedFilters_tenon() {
    long after = rangeStart(PAGE + 50, BOOKS);
    return tenon.pageFixedFilters(user(), after, after + PAGE + 50, after + 3, PAGE);
  }

  // (b) a page of 100 books, each with the user's note or null

  @Benchmark
  public List<BookWithNote> page_tenon() {
    long after = rangeStart(PAGE, BOOKS);
    return tenon.page(user(), after, PAGE);
  }

  @Benchmark
  public List<BookWithNote> page_tenonLogged() {
    long after = rangeStart(PAGE, BOOKS);
    return tenonLogged.page(user(), after, PAGE);
  }

  @Benchmark
  public List<BookWithNote> page_jdbc() throws SQLException {
    long after = rangeStart(PAGE, BOOKS);
    return HandJdbc.page(connection, user(), after, PAGE);
  }

  @Benchmark
  public List<BookWithNote> page_jdbiFluent() {
    long after = rangeStart(PAGE, BOOKS);
    return JdbiFluent.page(handle, user(), after, PAGE);
  }

  @Benchmark
  public List<BookWithNote> page_jdbiSqlObject() {
    long after = rangeStart(PAGE, BOOKS);
    return sqlObject.page(user(), after, PAGE);
  }

  @Benchmark
  public List<BookWithNote> page_jooq() {
    long after = rangeStart(PAGE, BOOKS);
    return Jooq.page(jooq, user(), after, PAGE);
  }

  // (c) 50 books, each with all its notes folded into a list

  @Benchmark
  public List<BookWithNotes> folded_tenon() {
    long after = rangeStart(FOLDED_BOOKS, BOOKS);
    return tenon.withNotes(after, after + FOLDED_BOOKS);
  }

  @Benchmark
  public List<BookWithNotes> folded_tenonLogged() {
    long after = rangeStart(FOLDED_BOOKS, BOOKS);
    return tenonLogged.withNotes(after, after + FOLDED_BOOKS);
  }

  @Benchmark
  public List<BookWithNotes> folded_jdbc() throws SQLException {
    long after = rangeStart(FOLDED_BOOKS, BOOKS);
    return HandJdbc.withNotes(connection, after, after + FOLDED_BOOKS);
  }

  @Benchmark
  public List<BookWithNotes> folded_jdbiFluent() {
    long after = rangeStart(FOLDED_BOOKS, BOOKS);
    return JdbiFluent.withNotes(handle, after, after + FOLDED_BOOKS);
  }

  @Benchmark
  public List<BookWithNotes> folded_jdbiSqlObject() {
    long after = rangeStart(FOLDED_BOOKS, BOOKS);
    return sqlObject.withNotes(after, after + FOLDED_BOOKS);
  }

  @Benchmark
  public List<BookWithNotes> folded_jooq() {
    long after = rangeStart(FOLDED_BOOKS, BOOKS);
    return Jooq.withNotes(jooq, after, after + FOLDED_BOOKS);
  }

  // (d) 100 assets, each with the number of coupons one device saved for it

  @Benchmark
  public List<AssetWithCount> count_tenon() {
    long after = rangeStart(PAGE, ASSETS);
    return tenon.savedCounts(device(), after, after + PAGE);
  }

  @Benchmark
  public List<AssetWithCount> count_tenonLogged() {
    long after = rangeStart(PAGE, ASSETS);
    return tenonLogged.savedCounts(device(), after, after + PAGE);
  }

  @Benchmark
  public List<AssetWithCount> count_jdbc() throws SQLException {
    long after = rangeStart(PAGE, ASSETS);
    return HandJdbc.savedCounts(connection, device(), after, after + PAGE);
  }

  @Benchmark
  public List<AssetWithCount> count_jdbiFluent() {
    long after = rangeStart(PAGE, ASSETS);
    return JdbiFluent.savedCounts(handle, device(), after, after + PAGE);
  }

  @Benchmark
  public List<AssetWithCount> count_jdbiSqlObject() {
    long after = rangeStart(PAGE, ASSETS);
    return sqlObject.savedCounts(device(), after, after + PAGE);
  }

  @Benchmark
  public List<AssetWithCount> count_jooq() {
    long after = rangeStart(PAGE, ASSETS);
    return Jooq.savedCounts(jooq, device(), after, after + PAGE);
  }

  /** Read access for {@link Check}. */
  BenchQueries tenon() {
    return tenon;
  }

  BenchQueries tenonLogged() {
    return tenonLogged;
  }

  Handle handle() {
    return handle;
  }

  JdbiSqlObject sqlObject() {
    return sqlObject;
  }

  DSLContext jooq() {
    return jooq;
  }
}
