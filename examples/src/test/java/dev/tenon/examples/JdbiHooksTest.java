package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.Dao;
import dev.tenon.Id;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Table;
import dev.tenon.TenonPlugin;
import dev.tenon.Where;
import dev.tenon.examples.NoteCollections.BookWithNotes;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.Note;
import dev.tenon.examples.model.Purchase;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.RecordingJdbi;
import dev.tenon.examples.testing.TestDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizers;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * JDBI's hooks see Tenon's statements: a {@code SqlLogger} and a {@code TimingCollector} get each
 * statement's SQL, binding, timing and failure; JDBI's query timeout and a global fetch size
 * customizer reach the statements; and the answers are the same as without any of them.
 */
class JdbiHooksTest {

  private static final Book DUNE = new Book(1, "Dune");
  private static final Book GULLIVER = new Book(5, "Gulliver's Travels");

  /** A table no sample has: its statement fails on every database. */
  @Table("no_such_table")
  record Missing(@Id long id) {}

  @Dao
  interface MissingTable {
    @Select(from = Missing.class)
    List<Missing> all();
  }

  /** {@code abs(x - 1)} is {@code abs(Long.MIN_VALUE)}: an overflow on all four databases. */
  private static final long LONG_MIN_PLUS_1 = Long.MIN_VALUE + 1;

  @Dao
  interface Overflow {
    /** Fails while running, not while being prepared, where a row has {@code id = 1}. */
    @Select(from = Book.class)
    @Where("abs(:x - book.id) > 0")
    @OrderBy("book.id")
    List<Book> books(long x);
  }

  /** One call of a logger method, with what the context said at that moment. */
  record Logged(String phase, String sql, String binding, long elapsedNanos, SQLException error) {}

  /** Records every call; JDBI calls it on the thread that runs the statement. */
  static final class RecordingLogger implements SqlLogger {
    final List<Logged> calls = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void logBeforeExecution(StatementContext context) {
      calls.add(new Logged("before", context.getRenderedSql(), binding(context), -1, null));
    }

    @Override
    public void logAfterExecution(StatementContext context) {
      calls.add(
          new Logged(
              "after",
              context.getRenderedSql(),
              binding(context),
              context.getElapsedTime(ChronoUnit.NANOS),
              null));
    }

    @Override
    public void logException(StatementContext context, SQLException error) {
      calls.add(new Logged("exception", context.getRenderedSql(), binding(context), -1, error));
    }

    private static String binding(StatementContext context) {
      return context.getBinding().toString();
    }
  }

  @OnEachDatabase
  void aSqlLoggerSeesEachStatementWithItsSqlAndBinding(TestDatabase database) {
    RecordingJdbi recording = new RecordingJdbi(database);
    RecordingLogger logger = new RecordingLogger();
    recording.jdbi().getConfig(SqlStatements.class).setSqlLogger(logger);
    HostileInput hostile = recording.jdbi().onDemand(HostileInput.class);

    assertEquals(GULLIVER, hostile.byName("Gulliver's Travels"));
    assertEquals(List.of(DUNE, GULLIVER), hostile.byIds(List.of(5L, 1L, 99L)));

    List<RecordingJdbi.Prepared> prepared = recording.prepared();
    assertEquals(2, prepared.size(), prepared::toString);
    List<Logged> calls = List.copyOf(logger.calls);
    assertEquals(4, calls.size(), calls::toString);
    for (int i = 0; i < 2; i++) {
      Logged before = calls.get(2 * i);
      Logged after = calls.get(2 * i + 1);
      assertEquals("before", before.phase());
      assertEquals("after", after.phase());
      // The logger sees exactly the SQL the driver prepared.
      assertEquals(prepared.get(i).sql(), before.sql());
      assertEquals(prepared.get(i).sql(), after.sql());
      assertTrue(after.elapsedNanos() >= 0, after::toString);
    }
    assertTrue(calls.get(0).binding().contains("Gulliver's Travels"), calls.get(0)::toString);
    String inList = calls.get(2).binding();
    assertTrue(inList.contains("5") && inList.contains("99"), inList);
  }

  @OnEachDatabase
  void aSqlLoggerSeesAnInsertWhoseGeneratedKeyIsStillReadBack(TestDatabase database) {
    RecordingJdbi recording = new RecordingJdbi(database);
    RecordingLogger logger = new RecordingLogger();
    recording.jdbi().getConfig(SqlStatements.class).setSqlLogger(logger);

    // Rolled back, so the shared sample keeps no note of it.
    String text =
        recording
            .jdbi()
            .inTransaction(
                handle -> {
                  NoteWrites notes = handle.attach(NoteWrites.class);
                  long id = notes.addForId(Note.draft(1, 1, "Logged insert"));
                  String stored = notes.find(id).orElseThrow().text();
                  handle.rollback();
                  return stored;
                });

    assertEquals("Logged insert", text);
    List<Logged> calls = List.copyOf(logger.calls);
    assertEquals(
        List.of("before", "after", "before", "after"),
        calls.stream().map(Logged::phase).toList());
    assertTrue(calls.get(0).sql().startsWith("INSERT"), calls.get(0)::sql);
    assertTrue(calls.get(0).binding().contains("Logged insert"), calls.get(0)::binding);
  }

  @OnEachDatabase
  void aSqlLoggerSeesEveryRowOfABatchWrite(TestDatabase database) {
    RecordingJdbi recording = new RecordingJdbi(database);
    RecordingLogger logger = new RecordingLogger();
    recording.jdbi().getConfig(SqlStatements.class).setSqlLogger(logger);

    // Rolled back, so the shared sample keeps none of these notes.
    List<Long> ids =
        recording
            .jdbi()
            .inTransaction(
                handle -> {
                  NoteWrites notes = handle.attach(NoteWrites.class);
                  notes.removeAll();
                  int counted =
                      notes.addAll(List.of(Note.draft(1, 1, "batch a"), Note.draft(2, 1, "batch b")));
                  List<Long> stored =
                      notes.addAllReturning(List.of(Note.draft(3, 1, "batch c"), Note.draft(4, 1, "batch d")))
                          .stream()
                          .map(Note::id)
                          .toList();
                  assertEquals(2, counted);
                  assertEquals(4, notes.all().size());
                  handle.rollback();
                  return stored;
                });

    assertEquals(2, ids.stream().distinct().count());
    List<String> inserts =
        logger.calls.stream()
            .filter(call -> call.phase().equals("after") && call.sql().startsWith("INSERT INTO note"))
            .map(Logged::binding)
            .toList();
    assertEquals(4, inserts.size(), inserts::toString);
    for (String text : List.of("batch a", "batch b", "batch c", "batch d")) {
      assertTrue(inserts.stream().anyMatch(binding -> binding.contains(text)), text);
    }
  }

  @OnEachDatabase
  void aSqlLoggerSeesAWriteWithItsBinding(TestDatabase database) {
    RecordingJdbi recording = new RecordingJdbi(database);
    RecordingLogger logger = new RecordingLogger();
    recording.jdbi().getConfig(SqlStatements.class).setSqlLogger(logger);

    // No note has id -1: the statement runs and changes nothing of the shared sample.
    assertEquals(0, recording.jdbi().onDemand(NoteWrites.class).retext(-1, "Logged text"));

    List<Logged> calls = List.copyOf(logger.calls);
    assertEquals(List.of("before", "after"), calls.stream().map(Logged::phase).toList());
    assertEquals(recording.prepared().get(0).sql(), calls.get(0).sql());
    assertTrue(calls.get(0).sql().startsWith("UPDATE"), calls.get(0)::sql);
    assertTrue(calls.get(0).binding().contains("Logged text"), calls.get(0)::binding);
    assertTrue(calls.get(0).binding().contains("-1"), calls.get(0)::binding);
  }

  @OnEachDatabase
  @SuppressWarnings("removal") // JDBI 3.55 deprecates TimingCollector; users still set it
  void aTimingCollectorSeesTheStatementOfAFoldAndOfItsBatch(TestDatabase database) {
    RecordingJdbi recording = new RecordingJdbi(database);
    List<String> timedSql = Collections.synchronizedList(new ArrayList<>());
    List<Long> timings = Collections.synchronizedList(new ArrayList<>());
    recording
        .jdbi()
        .getConfig(SqlStatements.class)
        .setTimingCollector(
            (elapsed, context) -> {
              timings.add(elapsed);
              timedSql.add(context.getRenderedSql());
            });
    NoteCollections notes = recording.jdbi().onDemand(NoteCollections.class);
    NoteCollections plain = database.onDemand(NoteCollections.class);

    List<BookWithNotes> batched = notes.booksWithNotesLikeBatched("%o%");
    List<BookWithNotes> folded = notes.booksWithNotesLike("%o%");

    assertEquals(plain.booksWithNotesLikeBatched("%o%"), batched);
    assertEquals(plain.booksWithNotesLike("%o%"), folded);
    assertEquals(batched, folded);
    List<RecordingJdbi.Prepared> prepared = recording.prepared();
    assertEquals(3, prepared.size(), prepared::toString);
    assertEquals(prepared.stream().map(RecordingJdbi.Prepared::sql).toList(), timedSql);
    assertTrue(timings.stream().allMatch(nanos -> nanos > 0), timings::toString);
  }

  @OnEachDatabase
  void aStatementThatCannotBePreparedFailsAsWithoutALogger(TestDatabase database) {
    Jdbi jdbi = new RecordingJdbi(database).jdbi();
    MissingTable plain = new TenonJdbiHooksTest_MissingTable(database.jdbi());
    UnableToExecuteStatementException unlogged =
        assertThrows(UnableToExecuteStatementException.class, plain::all);
    jdbi.getConfig(SqlStatements.class).setSqlLogger(new RecordingLogger());

    UnableToExecuteStatementException logged =
        assertThrows(
            UnableToExecuteStatementException.class, new TenonJdbiHooksTest_MissingTable(jdbi)::all);

    // MariaDB names the connection in its message; the rest is the same.
    assertEquals(withoutConnectionId(unlogged.getMessage()), withoutConnectionId(logged.getMessage()));
    assertTrue(logged.getMessage().startsWith("MissingTable.all failed: "), logged::getMessage);
    assertTrue(logged.getMessage().contains("no_such_table"), logged::getMessage);
    assertInstanceOf(SQLException.class, logged.getCause());
  }

  @OnEachDatabase
  @SuppressWarnings("removal") // JDBI 3.55 deprecates TimingCollector; users still set it
  void aStatementThatFailsWhileRunningIsLoggedAsAnException(TestDatabase database) {
    Jdbi jdbi = new RecordingJdbi(database).jdbi();
    RecordingLogger logger = new RecordingLogger();
    List<Long> timings = Collections.synchronizedList(new ArrayList<>());
    jdbi.getConfig(SqlStatements.class).setSqlLogger(logger);
    Overflow overflow = new TenonJdbiHooksTest_Overflow(jdbi);

    UnableToExecuteStatementException failed =
        assertThrows(UnableToExecuteStatementException.class, () -> overflow.books(LONG_MIN_PLUS_1));

    assertTrue(failed.getMessage().startsWith("Overflow.books failed: "), failed::getMessage);
    List<Logged> calls = List.copyOf(logger.calls);
    assertEquals(List.of("before", "exception"), calls.stream().map(Logged::phase).toList());
    assertEquals(failed.getCause(), calls.get(1).error());
    assertTrue(calls.get(1).binding().contains(Long.toString(LONG_MIN_PLUS_1)), calls::toString);

    jdbi.getConfig(SqlStatements.class).setTimingCollector((elapsed, context) -> timings.add(elapsed));
    assertThrows(UnableToExecuteStatementException.class, () -> overflow.books(LONG_MIN_PLUS_1));
    assertEquals(5, overflow.books(-2).size(), "abs(-2 - id) is harmless");
    // A TimingCollector times statements that ran: the failed one is not timed, the good one is.
    assertEquals(1, timings.size(), timings::toString);
  }

  @OnEachDatabase
  void aLoggedStreamReadsEveryRowAndClosesWhatItOpened(TestDatabase database) {
    RecordingJdbi recording = new RecordingJdbi(database);
    RecordingLogger logger = new RecordingLogger();
    recording.jdbi().getConfig(SqlStatements.class).setSqlLogger(logger);

    try (Stream<Purchase> purchases =
        new TenonPurchaseExports(recording.jdbi()).purchasesOf("Customer 07")) {
      assertEquals(50, purchases.count());
    }

    assertEquals(List.of("before", "after"), logger.calls.stream().map(Logged::phase).toList());
    assertTrue(logger.calls.get(0).binding().contains("Customer 07"));
    for (RecordingJdbi.Prepared statement : recording.prepared()) {
      assertTrue(isClosed(statement.statement()), statement::sql);
    }
    for (Connection connection : recording.connections()) {
      assertTrue(isClosed(connection));
    }
  }

  @OnEachDatabase
  void jdbisQueryTimeoutReachesEveryStatementWithoutALogger(TestDatabase database) {
    SettingsRecorder recorder = new SettingsRecorder(database);
    recorder.jdbi.getConfig(SqlStatements.class).setQueryTimeout(7);

    recorder.jdbi.onDemand(HostileInput.class).byIds(List.of(1L));
    recorder.jdbi.onDemand(NoteCollections.class).booksWithNotesLikeBatched("%o%");
    try (Stream<Purchase> purchases = new TenonPurchaseExports(recorder.jdbi).allPurchases()) {
      assertEquals(2_500, purchases.count());
    }

    assertEquals(List.of(7, 7, 7, 7), recorder.timeouts);
    // The stream's own fetch size; nothing else sets one.
    assertEquals(List.of(1000), recorder.fetchSizes);
  }

  @OnEachDatabase
  void withJdbisDefaultsNoStatementSettingIsTouched(TestDatabase database) {
    SettingsRecorder recorder = new SettingsRecorder(database);

    recorder.jdbi.onDemand(HostileInput.class).byIds(List.of(1L));

    assertEquals(List.of(), recorder.timeouts);
    assertEquals(List.of(), recorder.fetchSizes);
  }

  @OnEachDatabase
  void aGlobalFetchSizeCustomizerReachesTenonsStatements(TestDatabase database) {
    SettingsRecorder recorder = new SettingsRecorder(database);
    recorder.jdbi.getConfig(SqlStatements.class).addCustomizer(StatementCustomizers.fetchSize(17));
    recorder.jdbi.getConfig(SqlStatements.class).setQueryTimeout(3);

    assertEquals(
        database.onDemand(HostileInput.class).byIds(List.of(1L, 5L)),
        recorder.jdbi.onDemand(HostileInput.class).byIds(List.of(1L, 5L)));
    try (Stream<Purchase> purchases = new TenonPurchaseExports(recorder.jdbi).allPurchases()) {
      assertEquals(2_500, purchases.count());
    }

    // The list: the user's 17. The stream: Tenon's 1000 first, then the user's 17 wins.
    assertEquals(List.of(17, 1000, 17), recorder.fetchSizes);
    assertEquals(List.of(3, 3), recorder.timeouts);
  }

  private static String withoutConnectionId(String message) {
    return message.replaceAll("\\(conn=\\d+\\) ", "");
  }

  private static boolean isClosed(Object closeable) {
    try {
      return closeable instanceof Connection connection
          ? connection.isClosed()
          : ((PreparedStatement) closeable).isClosed();
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * A {@code Jdbi} on the test database whose statements record each {@code setQueryTimeout} and
   * {@code setFetchSize} call made on them, by Tenon or by JDBI.
   */
  static final class SettingsRecorder {
    final List<Integer> timeouts = Collections.synchronizedList(new ArrayList<>());
    final List<Integer> fetchSizes = Collections.synchronizedList(new ArrayList<>());
    final Jdbi jdbi;

    SettingsRecorder(TestDatabase database) {
      Jdbi source = database.jdbi();
      jdbi = Jdbi.create(() -> open(source)).installPlugin(new TenonPlugin());
    }

    private Connection open(Jdbi source) {
      Handle handle = source.open();
      Connection connection = handle.getConnection();
      InvocationHandler connections =
          (proxy, method, arguments) -> {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
              handle.close();
              return null;
            }
            Object result = invoke(connection, method, arguments);
            return result instanceof PreparedStatement statement ? watched(statement) : result;
          };
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, connections);
    }

    private PreparedStatement watched(PreparedStatement statement) {
      InvocationHandler statements =
          (proxy, method, arguments) -> {
            if (method.getName().equals("setQueryTimeout")) {
              timeouts.add((Integer) arguments[0]);
            } else if (method.getName().equals("setFetchSize")) {
              fetchSizes.add((Integer) arguments[0]);
            }
            return invoke(statement, method, arguments);
          };
      return (PreparedStatement)
          Proxy.newProxyInstance(
              PreparedStatement.class.getClassLoader(),
              new Class<?>[] {PreparedStatement.class},
              statements);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments)
        throws Throwable {
      try {
        return method.invoke(target, arguments);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  @OnEachDatabase
  void theLoggerSeesTheSameAnswersAsThePlainPath(TestDatabase database) {
    Jdbi jdbi = new RecordingJdbi(database).jdbi();
    jdbi.getConfig(SqlStatements.class).setSqlLogger(new RecordingLogger());
    HostileInput logged = jdbi.onDemand(HostileInput.class);
    HostileInput plain = database.onDemand(HostileInput.class);

    for (String pattern : List.of("%", "O'%", "%\\%%", "%\\_%", "'; DROP TABLE book; --", "?")) {
      assertEquals(plain.booksWithNoteLike(pattern), logged.booksWithNoteLike(pattern), pattern);
      assertEquals(plain.notesWithText(pattern), logged.notesWithText(pattern), pattern);
      assertEquals(plain.userNamed(pattern), logged.userNamed(pattern), pattern);
    }
    assertEquals(plain.byIds(List.of()), logged.byIds(List.of()));
    assertNotNull(logged.byId(1).orElse(null));
    assertFalse(logged.byId(99).isPresent());
  }
}
