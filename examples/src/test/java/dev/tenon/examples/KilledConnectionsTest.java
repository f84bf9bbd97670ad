package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.tenon.TenonPlugin;
import dev.tenon.examples.model.Purchase;
import dev.tenon.examples.testing.SampleDatabases;
import dev.tenon.examples.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.UnableToProduceResultException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 14, faults: a backend killed while a call waits for its statement, and while a stream is
 * half read ({@code pg_terminate_backend}, MariaDB {@code KILL}); and a transaction that fails in
 * the middle. The caller gets an exception naming the DAO method, the pool replaces the dead
 * connection, the next call succeeds, and nothing is half written.
 */
@Tag("reliability")
@ExtendWith(SampleDatabases.class)
class KilledConnectionsTest {

  private static String name() {
    return "tenon_fault_" + UUID.randomUUID().toString().substring(0, 8);
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(value = TestDatabase.class, names = {"POSTGRES", "MARIADB"})
  void aBackendKilledMidQueryFailsThatCallOnly(TestDatabase database) throws Exception {
    String name = name();
    try (HikariDataSource pool = PooledLoadTest.pool(database, name);
        Connection locker = database.dataSource().getConnection();
        Statement lock = locker.createStatement()) {
      Jdbi jdbi = Jdbi.create(pool).installPlugin(new TenonPlugin());
      HostileInput dao = jdbi.onDemand(HostileInput.class);
      assertTrue(dao.byId(1).isPresent()); // the pool is warm and the dialect known
      // Another session locks the table, so the call's statement waits on the server.
      locker.setAutoCommit(false);
      lock.execute(
          database == TestDatabase.POSTGRES
              ? "LOCK TABLE book IN ACCESS EXCLUSIVE MODE"
              : "LOCK TABLES book WRITE");
      CompletableFuture<Object> call = CompletableFuture.supplyAsync(() -> dao.byName("Dune"));
      int victim = waitingSession(database, name);
      kill(database, victim);
      ExecutionException failed =
          assertThrows(ExecutionException.class, () -> call.get(30, TimeUnit.SECONDS));
      assertTrue(
          failed.getCause().getMessage().startsWith("HostileInput.byName failed: "),
          failed.getCause().getMessage());
      unlock(database, locker, lock);

      assertEquals(new dev.tenon.examples.model.Book(1, "Dune"), dao.byName("Dune"));
      assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());
      assertEquals(0, Leftovers.busySessions(database, name));
    }
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(value = TestDatabase.class, names = {"POSTGRES", "MARIADB"})
  void jdbisQueryTimeoutCancelsAWaitingStatementAndSaysWhich(TestDatabase database)
      throws Exception {
    String name = name();
    try (HikariDataSource pool = PooledLoadTest.pool(database, name);
        Connection locker = database.dataSource().getConnection();
        Statement lock = locker.createStatement()) {
      Jdbi jdbi = Jdbi.create(pool).installPlugin(new TenonPlugin());
      jdbi.getConfig(org.jdbi.v3.core.statement.SqlStatements.class).setQueryTimeout(1);
      HostileInput dao = jdbi.onDemand(HostileInput.class);
      assertTrue(dao.byId(1).isPresent());
      locker.setAutoCommit(false);
      lock.execute(
          database == TestDatabase.POSTGRES
              ? "LOCK TABLE book IN ACCESS EXCLUSIVE MODE"
              : "LOCK TABLES book WRITE");
      long started = System.nanoTime();
      RuntimeException timedOut = assertThrows(RuntimeException.class, () -> dao.byName("Dune"));
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
      unlock(database, locker, lock);

      assertTrue(
          timedOut.getMessage().startsWith("HostileInput.byName failed: "), timedOut.getMessage());
      assertTrue(seconds < 20, "the timeout of 1 s took " + seconds + " s");
      assertEquals(new dev.tenon.examples.model.Book(1, "Dune"), dao.byName("Dune"));
      assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());
    }
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(value = TestDatabase.class, names = {"POSTGRES", "MARIADB"})
  void aBackendKilledMidStreamFailsTheStreamAndTheNextCallSucceeds(TestDatabase database)
      throws Exception {
    String name = name();
    try (HikariDataSource pool = PooledLoadTest.pool(database, name)) {
      Jdbi jdbi = Jdbi.create(pool).installPlugin(new TenonPlugin());
      PurchaseExports exports = new TenonPurchaseExports(jdbi);
      int read = 0;
      RuntimeException failure = null;
      try (Stream<Purchase> purchases = exports.allPurchases()) {
        Iterator<Purchase> rows = purchases.iterator();
        rows.next();
        read++;
        kill(database, sessionOf(database, name));
        while (rows.hasNext()) {
          rows.next();
          read++;
        }
      } catch (RuntimeException e) {
        failure = e;
      }
      if (database == TestDatabase.POSTGRES) {
        // 1,000 rows a fetch: the second fetch meets the dead backend.
        assertTrue(failure != null, "the stream ended quietly after " + read + " rows");
        assertTrue(
            failure.getMessage().startsWith("PurchaseExports.allPurchases failed: "),
            failure.getMessage());
        assertTrue(read < 2_500);
      } else {
        // MariaDB sends the whole result at once here; it may all be read before the kill lands.
        assertTrue(
            failure == null
                ? read == 2_500
                : failure.getMessage().startsWith("PurchaseExports.allPurchases failed: "),
            failure == null ? "read " + read : failure.getMessage());
      }
      try (Stream<Purchase> again = exports.allPurchases()) {
        assertEquals(2_500, again.count());
      }
      assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());
      assertEquals(0, Leftovers.busySessions(database, name));
    }
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRES", "MARIADB", "SQLITE"})
  void aTransactionFailingMidwayWritesNothing(TestDatabase database) throws Exception {
    String table = "reliability_probe_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection ddl = database.dataSource().getConnection();
        Statement create = ddl.createStatement()) {
      create.execute("CREATE TABLE " + table + " (id BIGINT PRIMARY KEY)");
    }
    try {
      Jdbi jdbi = database.jdbi();
      UnableToProduceResultException failed =
          assertThrows(
              UnableToProduceResultException.class,
              () ->
                  jdbi.useTransaction(
                      handle -> {
                        try (PreparedStatement insert =
                            handle.getConnection().prepareStatement(
                                "INSERT INTO " + table + " (id) VALUES (?)")) {
                          for (long id = 1; id <= 3; id++) {
                            insert.setLong(1, id);
                            insert.executeUpdate();
                          }
                        }
                        handle.attach(HostileInput.class).byIds(java.util.List.of(1L, 2L));
                        handle.attach(Misreads.class).booksAsUuids(); // fails mid-transaction
                      }));
      assertTrue(failed.getMessage().startsWith("Misreads.booksAsUuids: could not map a row"));
      assertEquals(0, count(database, table), "a failed transaction left rows behind");
    } finally {
      try (Connection ddl = database.dataSource().getConnection();
          Statement drop = ddl.createStatement()) {
        drop.execute("DROP TABLE " + table);
      }
    }
  }

  private static long count(TestDatabase database, String table) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void unlock(TestDatabase database, Connection locker, Statement lock)
      throws SQLException {
    if (database == TestDatabase.MARIADB) {
      lock.execute("UNLOCK TABLES");
    }
    locker.rollback();
  }

  /** The pool session whose statement waits on a lock (PostgreSQL) or a table lock (MariaDB). */
  private static int waitingSession(TestDatabase database, String name) throws Exception {
    String sql =
        database == TestDatabase.POSTGRES
            ? "SELECT pid FROM pg_stat_activity WHERE application_name = ? AND wait_event_type = 'Lock'"
            : "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ? IS NOT NULL"
                + " AND STATE LIKE 'Waiting for table%'";
    return poll(database, sql, name);
  }

  /** The one pool session that is in the middle of a statement or transaction. */
  private static int sessionOf(TestDatabase database, String name) throws Exception {
    String sql =
        database == TestDatabase.POSTGRES
            ? "SELECT pid FROM pg_stat_activity WHERE application_name = ? AND state <> 'idle'"
                + " AND pid <> pg_backend_pid()"
            : "SELECT p.ID FROM information_schema.PROCESSLIST p"
                + " WHERE p.DB = DATABASE() AND ? IS NOT NULL AND p.ID <> CONNECTION_ID()"
                + " AND (p.COMMAND <> 'Sleep' OR EXISTS (SELECT 1 FROM information_schema.INNODB_TRX t"
                + " WHERE t.trx_mysql_thread_id = p.ID)) ORDER BY p.TIME DESC";
    try {
      return poll(database, sql, name);
    } catch (AssertionError none) {
      // MariaDB: a streamed read that the server finished sending is an idle session; kill the
      // most recently active one of the pool instead.
      return poll(
          database,
          "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ? IS NOT NULL"
              + " AND ID <> CONNECTION_ID() ORDER BY TIME ASC",
          name);
    }
  }

  private static int poll(TestDatabase database, String sql, String name) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      while (System.nanoTime() < deadline) {
        try (ResultSet rows = statement.executeQuery()) {
          if (rows.next()) {
            return rows.getInt(1);
          }
        }
        Thread.sleep(20);
      }
    }
    throw new AssertionError("no such session: " + sql);
  }

  private static void kill(TestDatabase database, int session) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement kill =
            connection.prepareStatement(
                database == TestDatabase.POSTGRES
                    ? "SELECT pg_terminate_backend(?)"
                    : "KILL ?")) {
      kill.setInt(1, session);
      kill.execute();
    }
  }
}
