package dev.tenon.benchmarks;

import dev.tenon.TenonPlugin;
import dev.tenon.benchmarks.model.LoadedNote;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
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
 * One batch of 10,000 rows into {@code loaded_note}, in one transaction, by one strategy of
 * {@link BatchStrategy} (or Tenon's own {@code addAll}), named {@code <database>:<strategy>}:
 *
 * <ul>
 *   <li>{@code batchN}: {@code executeBatch} per N rows (N = 100, 1000, 5000, 10000);
 *   <li>{@code rewriteN} (PostgreSQL): the same on a connection with {@code reWriteBatchedInserts=true};
 *   <li>{@code valuesN}: multi-row {@code VALUES} of N rows per statement, 1,000 rows per
 *       {@code executeBatch};
 *   <li>{@code copyText}, {@code copyBinary} (PostgreSQL): {@code COPY … FROM STDIN};
 *   <li>{@code noBulk}, {@code bulkStmts} (MariaDB): {@code batch1000} with
 *       {@code useBulkStmtsForInserts=false} (plain pipelined statements), or with
 *       {@code useBulkStmts=true}; Connector/J 3.5's default is bulk for inserts only;
 *   <li>{@code tenon}: the generated {@code BenchWrites.addAll} (chunks of DaoSession.WRITE_CHUNK);
 *       {@code tenonKeys} and {@code batchKeys1000}: the batch that also reads back every generated
 *       id, through Tenon's {@code addAllReturning} and through {@code getGeneratedKeys}.
 * </ul>
 *
 * <p>Before timing, each fork runs its strategy once on empty tables and checks that the rows
 * arrived in input order with every value intact (the batch holds a text with quotes, a tab, a
 * newline, a backslash and an emoji).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BatchStrategyBenchmark {
  static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/?user=root";

  @Param({"postgres:batch1000"})
  public String strategy;

  private String kind;
  private String how;
  private BenchDatabase postgres;
  private Connection admin;
  private String mariaDatabase;
  private Connection connection;
  private Handle handle;
  private BenchWrites tenon;
  private List<LoadedNote> rows;

  @Setup(Level.Trial)
  public void open() throws SQLException {
    kind = strategy.substring(0, strategy.indexOf(':'));
    how = strategy.substring(strategy.indexOf(':') + 1);
    String url = url(kind, how);
    connection = DriverManager.getConnection(url);
    WriteTables.create(connection, kind);
    handle = Jdbi.create(url).installPlugin(new TenonPlugin()).open();
    tenon = handle.attach(BenchWrites.class);
    rows = rows(WriteBenchmark.BATCH);
    WriteTables.reset(connection, kind);
    int count = once();
    expectRows(connection, rows, count);
  }

  /** The connection URL: a fresh schema or database, with the strategy's driver settings. */
  private String url(String kind, String how) throws SQLException {
    String suffix = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    if (kind.equals("postgres")) {
      postgres = BenchDatabase.open("postgres");
      return postgres.url + (how.startsWith("rewrite") ? "&reWriteBatchedInserts=true" : "");
    }
    if (!kind.equals("mariadb")) {
      throw new IllegalArgumentException("unknown database in " + strategy);
    }
    String base = System.getenv().getOrDefault("TENON_MARIADB_URL", MARIADB_URL);
    mariaDatabase = "tenon_bench_" + suffix.toLowerCase(Locale.ROOT);
    admin = DriverManager.getConnection(base);
    try (Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + mariaDatabase + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
    }
    String options =
        switch (how) {
          case "noBulk" -> "&useBulkStmtsForInserts=false";
          case "bulkStmts" -> "&useBulkStmts=true";
          default -> "";
        };
    return base.replace("/?", "/" + mariaDatabase + "?") + options;
  }

  /** The batch: 10,000 notes like the write benchmark's, one with hostile text. */
  static List<LoadedNote> rows(int count) {
    List<LoadedNote> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String text =
          i == 7
              ? "O'Brien'; DROP TABLE book; -- \t\n\\ \r \uD83D\uDE42 \\N"
              : "imported note " + i + " of user " + WriteTables.user(i);
      rows.add(new LoadedNote(0, text, WriteTables.book(i), WriteTables.user(i)));
    }
    return rows;
  }

  @Setup(Level.Iteration)
  public void empty() throws SQLException {
    WriteTables.emptyLoaded(connection, kind);
  }

  @TearDown(Level.Trial)
  public void close() throws SQLException {
    handle.close();
    connection.close();
    if (postgres != null) {
      postgres.close();
    }
    if (admin != null) {
      try (Connection closing = admin;
          Statement statement = closing.createStatement()) {
        statement.execute("DROP DATABASE " + mariaDatabase);
      }
    }
  }

  @Benchmark
  public int insert10k() throws SQLException {
    return once();
  }

  private int once() throws SQLException {
    if (how.equals("tenon")) {
      return tenon.addAll(rows);
    }
    if (how.equals("tenonKeys")) {
      return tenon.addAllReturning(rows).size();
    }
    connection.setAutoCommit(false);
    try {
      int count = run();
      connection.commit();
      return count;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private int run() throws SQLException {
    if (how.equals("copyText")) {
      return BatchStrategy.copyText(connection, rows);
    }
    if (how.equals("copyBinary")) {
      return BatchStrategy.copyBinary(connection, rows);
    }
    if (how.equals("noBulk") || how.equals("bulkStmts") || how.equals("default")) {
      return BatchStrategy.batch(connection, rows, 1_000);
    }
    if (how.equals("batchKeys1000")) {
      return batchKeys(connection, rows, 1_000).size();
    }
    int size = Integer.parseInt(how.replaceAll("[a-zA-Z]", ""));
    if (how.startsWith("values")) {
      return BatchStrategy.values(connection, rows, size);
    }
    return BatchStrategy.batch(connection, rows, size); // batchN, rewriteN
  }

  /** A batch that reads every generated id back with {@code getGeneratedKeys}, per chunk. */
  static List<Long> batchKeys(Connection connection, List<LoadedNote> rows, int chunk) throws SQLException {
    List<Long> keys = new ArrayList<>(rows.size());
    try (PreparedStatement statement =
        connection.prepareStatement(TenonBenchWrites.ADD_ALL_SQL, new String[] {"id"})) {
      for (int from = 0; from < rows.size(); from += chunk) {
        for (int i = from; i < Math.min(rows.size(), from + chunk); i++) {
          statement.setString(1, rows.get(i).text());
          statement.setLong(2, rows.get(i).bookId());
          statement.setLong(3, rows.get(i).userId());
          statement.addBatch();
        }
        statement.executeBatch();
        try (ResultSet generated = statement.getGeneratedKeys()) {
          while (generated.next()) {
            keys.add(generated.getLong(1));
          }
        }
      }
    }
    return keys;
  }

  /** The rows of {@code loaded_note} in id order must be {@code rows}, value for value. */
  static void expectRows(Connection connection, List<LoadedNote> rows, int count) throws SQLException {
    if (count != rows.size()) {
      throw new IllegalStateException("the strategy said " + count + " rows for " + rows.size());
    }
    int i = 0;
    try (Statement statement = connection.createStatement();
        ResultSet stored =
            statement.executeQuery("SELECT text, book_id, user_id FROM loaded_note ORDER BY id")) {
      while (stored.next()) {
        LoadedNote want = rows.get(i);
        if (!want.text().equals(stored.getString(1))
            || want.bookId() != stored.getLong(2)
            || want.userId() != stored.getLong(3)) {
          throw new IllegalStateException(
              "row " + i + " came back as " + stored.getString(1) + " / " + stored.getLong(2) + " / "
                  + stored.getLong(3) + ", not " + want);
        }
        i++;
      }
    }
    if (i != rows.size()) {
      throw new IllegalStateException(i + " rows stored, not " + rows.size());
    }
  }
}
