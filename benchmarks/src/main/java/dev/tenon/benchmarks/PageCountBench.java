package dev.tenon.benchmarks;

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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How should {@code Page<R>} count its total? Two candidates, in plain JDBC so only the SQL
 * differs: a window {@code COUNT(*) OVER ()} in the page statement itself (one round trip, but the
 * database must produce every matching row before it can cut the page), or a second statement
 * {@code SELECT COUNT(*) … WHERE …} beside the plain page statement (two round trips, but the page
 * can stop after {@code LIMIT} rows of an index). Each with and without a {@code Fetch.BATCH}
 * collection, which adds one statement for the page's children either way.
 *
 * <p>Data: 50,000 books, half of them on the shelves the filter keeps, ordered by an indexed name;
 * three notes per book. The page is 20 rows at offset 200. Wall-clock time per page, because most
 * of the work happens in the database server, not in the JMH thread.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PageCountBench -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PageCountBench {
  static final int BOOKS = 50_000;
  static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/?user=root";

  @Param({"postgres", "mariadb"})
  public String db;

  @Param({"false", "true"})
  public boolean batch;

  private Connection admin;
  private Connection connection;
  private String place;
  private PreparedStatement windowPage;
  private PreparedStatement plainPage;
  private PreparedStatement count;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    String suffix = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    place = "tenon_page_" + suffix.toLowerCase(Locale.ROOT);
    if (db.equals("postgres")) {
      String base = System.getenv().getOrDefault("TENON_PG_URL", PG_URL);
      admin = DriverManager.getConnection(base);
      admin.createStatement().execute("CREATE SCHEMA " + place);
      connection = DriverManager.getConnection(base + "&currentSchema=" + place);
    } else {
      String base = System.getenv().getOrDefault("TENON_MYSQL_URL", MARIADB_URL);
      admin = DriverManager.getConnection(base);
      admin.createStatement().execute("CREATE DATABASE " + place);
      connection = DriverManager.getConnection(base.replace("/?", "/" + place + "?"));
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE book (id BIGINT PRIMARY KEY, name VARCHAR(200) NOT NULL, shelf INT NOT NULL)");
      statement.execute("CREATE INDEX book_name ON book (name, id)");
      statement.execute(
          "CREATE TABLE note (id BIGINT PRIMARY KEY, book_id BIGINT NOT NULL,"
              + " text VARCHAR(200) NOT NULL)");
      statement.execute("CREATE INDEX note_book ON note (book_id)");
    }
    connection.setAutoCommit(false);
    try (PreparedStatement books =
            connection.prepareStatement("INSERT INTO book (id, name, shelf) VALUES (?, ?, ?)");
        PreparedStatement notes =
            connection.prepareStatement("INSERT INTO note (id, book_id, text) VALUES (?, ?, ?)")) {
      for (int i = 1; i <= BOOKS; i++) {
        books.setLong(1, i);
        books.setString(2, "Book " + Integer.toString(i * 7919 % BOOKS, 36));
        books.setInt(3, i % 10);
        books.addBatch();
        for (int n = 0; n < 3; n++) {
          notes.setLong(1, i * 3L + n);
          notes.setLong(2, i);
          notes.setString(3, "note " + n + " on " + i);
          notes.addBatch();
        }
        if (i % 5_000 == 0) {
          books.executeBatch();
          notes.executeBatch();
        }
      }
    }
    connection.commit();
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      statement.execute(db.equals("postgres") ? "ANALYZE" : "ANALYZE TABLE book, note");
    }
    String from = " FROM book b WHERE b.shelf < ?";
    String page = " ORDER BY b.name, b.id LIMIT 20 OFFSET 200";
    windowPage = connection.prepareStatement("SELECT b.id, b.name, COUNT(*) OVER ()" + from + page);
    plainPage = connection.prepareStatement("SELECT b.id, b.name" + from + page);
    count = connection.prepareStatement("SELECT COUNT(*)" + from);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    connection.close();
    try (Statement statement = admin.createStatement()) {
      statement.execute(
          (db.equals("postgres") ? "DROP SCHEMA " : "DROP DATABASE ") + place
              + (db.equals("postgres") ? " CASCADE" : ""));
    }
    admin.close();
  }

  /** The page and its total from one statement: {@code COUNT(*) OVER ()} on every row. */
  @Benchmark
  public long window() throws SQLException {
    windowPage.setInt(1, 5);
    long total = 0;
    List<Long> ids = new ArrayList<>(20);
    try (ResultSet rows = windowPage.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
        rows.getString(2);
        total = rows.getLong(3);
      }
    }
    return total + children(ids);
  }

  /** The page, then {@code SELECT COUNT(*)} with the same WHERE. */
  @Benchmark
  public long countStatement() throws SQLException {
    plainPage.setInt(1, 5);
    List<Long> ids = new ArrayList<>(20);
    try (ResultSet rows = plainPage.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
        rows.getString(2);
      }
    }
    count.setInt(1, 5);
    long total;
    try (ResultSet rows = count.executeQuery()) {
      rows.next();
      total = rows.getLong(1);
    }
    return total + children(ids);
  }

  /** The BATCH collection's statement for the page's roots, the same for both strategies. */
  private long children(List<Long> ids) throws SQLException {
    if (!batch || ids.isEmpty()) {
      return 0;
    }
    StringBuilder sql = new StringBuilder("SELECT n.id, n.book_id, n.text FROM note n WHERE n.book_id IN (");
    for (int i = 0; i < ids.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    long read = 0;
    try (PreparedStatement statement = connection.prepareStatement(sql.append(')').toString())) {
      for (int i = 0; i < ids.size(); i++) {
        statement.setLong(i + 1, ids.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          read += rows.getLong(1);
          rows.getString(3);
        }
      }
    }
    return read;
  }
}
