package dev.tenon.benchmarks;

import dev.tenon.TenonPlugin;
import dev.tenon.benchmarks.model.LoadedNote;
import dev.tenon.benchmarks.model.SavedNote;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
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
 * Per-call cost of four writes, four ways, on the same JDBI handle: the generated Tenon DAO
 * ({@link BenchWrites}), hand-written JDBC on the handle's connection ({@link HandJdbcWrites}), a
 * JDBI SqlObject ({@link JdbiSqlObjectWrites}) and jOOQ's DSL ({@link JooqWrites}). Benchmark names
 * are {@code <scenario>_<contender>}; {@link WriteRun} turns them into ratios to {@code jdbc}.
 *
 * <ul>
 *   <li>{@code insert}: one row into {@code loaded_note}, its generated id read back;
 *   <li>{@code update}: one of 2,000 {@code saved_note} rows by id, every column, with the
 *       {@code @Version} checked and bumped (the benchmark keeps each row's version, so every call
 *       changes exactly one row);
 *   <li>{@code upsert}: insert-or-update on the unique {@code (book_id, user_id)} over 4,000 keys,
 *       2,000 of them stored at the start (after the first 2,000 calls every call updates);
 *   <li>{@code batch10k}: 10,000 rows into {@code loaded_note} in one transaction.
 * </ul>
 *
 * <p>{@code loaded_note} is emptied before every iteration. {@link WriteCheck} runs the same
 * writes through every contender on fresh tables and compares the rows before any timing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WriteBenchmark {
  static final int BATCH = 10_000;
  /** Hand-written JDBC's batch size: Tenon's DaoSession.WRITE_CHUNK. */
  static final int JDBC_CHUNK = 1_000;

  @Param({"h2", "postgres"})
  public String db;

  private BenchDatabase database;
  private Handle handle;
  private Connection connection;
  private boolean postgres;
  private BenchWrites tenon;
  private JdbiSqlObjectWrites sqlObject;
  private DSLContext jooq;
  private long[] ids;
  private int[] versions;
  private String[] texts;
  private List<LoadedNote> batch;
  private int step;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    database = BenchDatabase.open(db);
    postgres = database.postgres();
    Jdbi jdbi =
        Jdbi.create(database.url).installPlugin(new TenonPlugin()).installPlugin(new SqlObjectPlugin());
    handle = jdbi.open();
    connection = handle.getConnection();
    WriteTables.create(connection, db);
    tenon = handle.attach(BenchWrites.class);
    sqlObject = handle.attach(JdbiSqlObjectWrites.class);
    jooq = Jooq.context(connection, db);
    texts = new String[WriteTables.SAVED];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = "edited note " + i + " of user " + WriteTables.user(i);
    }
    // Quotes, a comment, a tab, a newline, a backslash and an emoji must arrive as they are.
    texts[7] = "O'Brien'; DROP TABLE book; -- \t\n\\ \uD83D\uDE42";
    batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      batch.add(new LoadedNote(0, texts[i % texts.length], WriteTables.book(i), WriteTables.user(i)));
    }
    WriteCheck.sameRows(this);
    restart();
  }

  /** Fresh tables and keys, as at the start of a trial. */
  void restart() throws SQLException {
    WriteTables.reset(connection, db);
    ids = WriteTables.savedIds(connection);
    versions = new int[WriteTables.SAVED];
    step = 0;
  }

  @Setup(Level.Iteration)
  public void emptyLoaded() throws SQLException {
    WriteTables.emptyLoaded(connection, db);
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    handle.close();
    database.close();
  }

  /** The next saved note's index: walks all 2,000 in a fixed, scattered order. */
  private int next(int keys) {
    step = (step + 7919) % keys;
    return step;
  }

  private LoadedNote nextLoaded() {
    int i = next(WriteTables.SAVED);
    return new LoadedNote(0, texts[i], WriteTables.book(i), WriteTables.user(i));
  }

  private SavedNote nextSaved() {
    int i = next(WriteTables.SAVED);
    return new SavedNote(ids[i], texts[i], WriteTables.book(i), WriteTables.user(i), versions[i]);
  }

  private SavedNote nextKey() {
    int k = next(WriteTables.UPSERT_KEYS);
    return new SavedNote(0, texts[k % texts.length], WriteTables.book(k), WriteTables.user(k), 0);
  }

  /** Counts the update: every call must change its row, or the versions kept here drifted. */
  private int updated(int changed) {
    if (changed != 1) {
      throw new IllegalStateException("update changed " + changed + " rows at key " + step);
    }
    versions[step]++;
    return changed;
  }

  // (a) one insert, the generated id read back

  @Benchmark
  public long insert_tenon() {
    return tenon.add(nextLoaded());
  }

  @Benchmark
  public long insert_jdbc() throws SQLException {
    return HandJdbcWrites.add(connection, postgres, nextLoaded());
  }

  @Benchmark
  public long insert_jdbiSqlObject() {
    return sqlObject.add(nextLoaded());
  }

  @Benchmark
  public long insert_jooq() {
    return JooqWrites.add(jooq, nextLoaded());
  }

  // (b) update by id with @Version

  @Benchmark
  public int update_tenon() {
    return updated(tenon.save(nextSaved()));
  }

  @Benchmark
  public int update_jdbc() throws SQLException {
    return updated(HandJdbcWrites.save(connection, nextSaved()));
  }

  @Benchmark
  public int update_jdbiSqlObject() {
    return updated(sqlObject.save(nextSaved()));
  }

  @Benchmark
  public int update_jooq() {
    return updated(JooqWrites.save(jooq, nextSaved()));
  }

  // (c) upsert on the unique (book_id, user_id)

  @Benchmark
  public int upsert_tenon() {
    return tenon.put(nextKey());
  }

  @Benchmark
  public int upsert_jdbc() throws SQLException {
    return HandJdbcWrites.put(connection, postgres, nextKey());
  }

  @Benchmark
  public int upsert_jdbiSqlObject() {
    SavedNote note = nextKey();
    return Math.min(postgres ? sqlObject.putPostgres(note) : sqlObject.putH2(note), 1);
  }

  @Benchmark
  public int upsert_jooq() {
    return JooqWrites.put(jooq, nextKey());
  }

  // (d) 10,000 rows in one transaction

  @Benchmark
  public int batch10k_tenon() {
    return tenon.addAll(batch);
  }

  @Benchmark
  public int batch10k_jdbc() throws SQLException {
    return HandJdbcWrites.addAll(connection, batch, JDBC_CHUNK);
  }

  @Benchmark
  public int batch10k_jdbiSqlObject() {
    return handle.inTransaction(inside -> HandJdbcWrites.counted(sqlObject.addAll(batch)));
  }

  @Benchmark
  public int batch10k_jooq() throws SQLException {
    connection.setAutoCommit(false);
    try {
      int count = JooqWrites.addAll(jooq, batch);
      connection.commit();
      return count;
    } catch (RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  // access for WriteCheck

  String db() {
    return db;
  }

  boolean postgres() {
    return postgres;
  }

  Connection connection() {
    return connection;
  }

  Handle handle() {
    return handle;
  }

  BenchWrites tenon() {
    return tenon;
  }

  JdbiSqlObjectWrites sqlObject() {
    return sqlObject;
  }

  DSLContext jooq() {
    return jooq;
  }

  List<LoadedNote> batch() {
    return batch;
  }
}
