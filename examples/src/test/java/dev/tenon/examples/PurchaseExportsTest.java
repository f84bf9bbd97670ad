package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.examples.PurchaseExports.PurchaseWithLines;
import dev.tenon.examples.model.Purchase;
import dev.tenon.examples.model.PurchaseLine;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.RecordingJdbi;
import dev.tenon.examples.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * Scenario 12 and {@code Fetch.BATCH} over many roots: 2,500 generated purchases with 0 to 3 lines.
 * Streams are read fully and abandoned half-way; a closed stream leaves no open statement,
 * connection or (on PostgreSQL) transaction behind. Expected rows come from plain SQL written here,
 * run through plain JDBI.
 */
class PurchaseExportsTest {

  private static final int PURCHASES = 2_500;

  @OnEachDatabase
  void aStreamReadFullyHasEveryPurchaseInOrder(TestDatabase database) {
    List<Purchase> streamed;
    try (Stream<Purchase> purchases = new TenonPurchaseExports(database.jdbi()).allPurchases()) {
      streamed = purchases.toList();
    }

    assertEquals(PURCHASES, streamed.size());
    assertEquals(
        List.of(
            new Purchase(1, "Customer 01", 250),
            new Purchase(2, "Customer 02", 750),
            new Purchase(3, "Customer 03", 1500),
            new Purchase(4, "Customer 04", 0)),
        streamed.subList(0, 4));
    assertEquals(expectedPurchases(database), streamed);
  }

  @OnEachDatabase
  void aStreamBindsItsParameters(TestDatabase database) {
    try (Stream<Purchase> purchases =
        new TenonPurchaseExports(database.jdbi()).purchasesOf("Customer 07")) {
      List<Purchase> found = purchases.toList();

      // SELECT count(*), sum(total_cents) FROM purchase WHERE customer = 'Customer 07'
      assertEquals(50, found.size());
      assertEquals(43_750, found.stream().mapToLong(Purchase::totalCents).sum());
      assertTrue(found.stream().allMatch(purchase -> purchase.id() % 50 == 7));
    }
  }

  @OnEachDatabase
  void aFoldedStreamEmitsEachPurchaseOnceWithAllItsLines(TestDatabase database) {
    PurchaseExports exports = new TenonPurchaseExports(database.jdbi());
    List<PurchaseWithLines> streamed;
    try (Stream<PurchaseWithLines> purchases = exports.allPurchasesWithLines()) {
      streamed = purchases.toList();
    }

    assertEquals(expectedPurchasesWithLines(database), streamed);
    assertEquals(exports.purchasesWithLines(), streamed);
  }

  @OnEachDatabase
  void aStreamClosedHalfWayLeavesNoOpenStatement(TestDatabase database) throws SQLException {
    RecordingJdbi recording = new RecordingJdbi(database);
    Stream<Purchase> purchases = new TenonPurchaseExports(recording.jdbi()).allPurchases();
    Iterator<Purchase> rows = purchases.iterator();
    for (int i = 1; i <= 10; i++) {
      assertEquals(i, rows.next().id());
    }
    RecordingJdbi.Prepared statement = single(recording.prepared());
    Connection connection = single(recording.connections());
    assertFalse(statement.statement().isClosed(), "the statement is open while streaming");
    if (database == TestDatabase.POSTGRES) {
      assertEquals(
          "idle in transaction", serverState(database, recording), "streaming in a cursor");
    }

    purchases.close();

    assertTrue(statement.statement().isClosed(), "the statement is closed");
    assertTrue(connection.isClosed(), "the stream closed the handle it opened");
    if (database == TestDatabase.POSTGRES) {
      // The server process is gone, or at least no longer in a transaction.
      String state = serverState(database, recording);
      assertTrue(state == null || state.equals("idle"), state);
    }
  }

  @OnEachDatabase
  void aFoldedStreamClosedHalfWayLeavesNoOpenStatement(TestDatabase database) throws SQLException {
    RecordingJdbi recording = new RecordingJdbi(database);
    List<PurchaseWithLines> firstFive;
    try (Stream<PurchaseWithLines> purchases =
        new TenonPurchaseExports(recording.jdbi()).allPurchasesWithLines()) {
      firstFive = purchases.limit(5).toList();
    }

    assertEquals(expectedPurchasesWithLines(database).subList(0, 5), firstFive);
    assertTrue(single(recording.prepared()).statement().isClosed());
    assertTrue(single(recording.connections()).isClosed());
  }

  @OnEachDatabase
  void aStreamOnTheCallersHandleLeavesTheHandleAsItWas(TestDatabase database) throws SQLException {
    RecordingJdbi recording = new RecordingJdbi(database);
    try (Handle handle = recording.jdbi().open()) {
      PurchaseExports exports = handle.attach(PurchaseExports.class);
      try (Stream<Purchase> purchases = exports.allPurchases()) {
        assertEquals(100, purchases.limit(100).count());
      }

      assertTrue(single(recording.prepared()).statement().isClosed());
      assertFalse(handle.getConnection().isClosed(), "the caller's handle stays open");
      assertTrue(handle.getConnection().getAutoCommit(), "autocommit is back");
      if (database == TestDatabase.POSTGRES) {
        assertEquals("idle", serverState(database, recording), "no transaction left open");
      }
      try (Stream<Purchase> purchases = exports.purchasesOf("Customer 50")) {
        assertEquals(50, purchases.count(), "the handle still works");
      }
    }
  }

  @OnEachDatabase
  void aStreamReadInsideUseExtensionReadsEveryRow(TestDatabase database) {
    long count =
        database
            .jdbi()
            .withExtension(
                PurchaseExports.class,
                exports -> {
                  try (Stream<Purchase> purchases = exports.allPurchases()) {
                    return purchases.count();
                  }
                });

    assertEquals(PURCHASES, count);
  }

  @OnEachDatabase
  void aStreamFromAnOnDemandDaoOwnsItsHandleUntilClosed(TestDatabase database) {
    // jdbi.onDemand hands out the generated class on the Jdbi, whose streams own their handle.
    RecordingJdbi recording = new RecordingJdbi(database);
    try (Stream<Purchase> purchases =
        recording.jdbi().onDemand(PurchaseExports.class).allPurchases()) {
      assertEquals(expectedPurchases(database), purchases.toList());
      assertEquals(1, recording.connections().size());
      assertFalse(isClosed(recording.connections().get(0)), "closed before the stream was");
    }
    assertTrue(isClosed(recording.connections().get(0)), "the stream left its connection open");
  }

  private static boolean isClosed(Connection connection) {
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  @OnEachDatabase
  void batchLoadsEveryPurchasesLinesAcrossChunks(TestDatabase database) {
    RecordingJdbi recording = new RecordingJdbi(database);
    List<PurchaseWithLines> batched =
        recording.jdbi().onDemand(PurchaseExports.class).purchasesWithLinesBatched();

    // 2,500 roots: one statement for them, then lines in chunks of 1,000, 1,000 and 500 roots.
    assertEquals(4, recording.prepared().size());
    List<PurchaseWithLines> expected = expectedPurchasesWithLines(database);
    assertEquals(PURCHASES, batched.size());
    for (int i = 0; i < PURCHASES; i++) {
      assertEquals(expected.get(i), batched.get(i));
      assertEquals(batched.get(i).purchase().id() % 4, batched.get(i).lines().size());
    }
    assertEquals(625, batched.stream().filter(purchase -> purchase.lines().isEmpty()).count());
    assertEquals(3_750, batched.stream().mapToInt(purchase -> purchase.lines().size()).sum());
  }

  @OnEachDatabase
  void batchAndJoinGiveTheSameAnswer(TestDatabase database) {
    PurchaseExports exports = database.onDemand(PurchaseExports.class);

    assertEquals(exports.purchasesWithLines(), exports.purchasesWithLinesBatched());
  }

  private static List<Purchase> expectedPurchases(TestDatabase database) {
    return database
        .jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery("SELECT id, customer, total_cents FROM purchase ORDER BY id")
                    .map(
                        (row, context) ->
                            new Purchase(row.getLong(1), row.getString(2), row.getLong(3)))
                    .list());
  }

  private static List<PurchaseWithLines> expectedPurchasesWithLines(TestDatabase database) {
    Map<Long, List<PurchaseLine>> lines = new LinkedHashMap<>();
    for (Purchase purchase : expectedPurchases(database)) {
      lines.put(purchase.id(), new ArrayList<>());
    }
    database
        .jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery(
                        "SELECT id, purchase_id, sku, quantity FROM purchase_line"
                            + " ORDER BY purchase_id, id")
                    .map(
                        (row, context) ->
                            new PurchaseLine(
                                row.getLong(1), row.getLong(2), row.getString(3), row.getInt(4)))
                    .list())
        .forEach(line -> lines.get(line.purchaseId()).add(line));
    List<PurchaseWithLines> expected = new ArrayList<>();
    for (Purchase purchase : expectedPurchases(database)) {
      expected.add(new PurchaseWithLines(purchase, lines.get(purchase.id())));
    }
    return expected;
  }

  /** The {@code pg_stat_activity} state of the recorded connection's server process, or null. */
  private static String serverState(TestDatabase database, RecordingJdbi recording) {
    int pid = single(recording.backendPids());
    return database
        .jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery("SELECT state FROM pg_stat_activity WHERE pid = :pid")
                    .bind("pid", pid)
                    .mapTo(String.class)
                    .findOne()
                    .orElse(null));
  }

  private static <T> T single(List<T> values) {
    assertEquals(1, values.size(), values::toString);
    return values.get(0);
  }
}
