package dev.tenon.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.Dialect;
import dev.tenon.TenonPlugin;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeEach;
import org.jdbi.v3.core.result.UnableToProduceResultException;
import org.junit.jupiter.api.Test;

class DaoSessionTest {
  private final List<PreparedStatement> prepared = new ArrayList<>();
  private Jdbi jdbi;

  @BeforeEach
  void createDatabase() {
    String url = "jdbc:h2:mem:session_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    jdbi = Jdbi.create(() -> tracking(DriverManager.getConnection(url))).installPlugin(new TenonPlugin());
    jdbi.useHandle(
        handle -> {
          handle.execute("CREATE TABLE book (id BIGINT PRIMARY KEY, name VARCHAR(100))");
          handle.execute("INSERT INTO book VALUES (1, 'Dune'), (2, 'Emma'), (3, 'Emma')");
        });
    prepared.clear();
  }

  @Test
  void attachHandsOutTheGeneratedClassOnThatHandle() {
    try (Handle handle = jdbi.open()) {
      Shelf shelf = handle.attach(Shelf.class);
      assertTrue(shelf instanceof TenonShelf, "attach must return the generated class itself");
      assertEquals(List.of(new Shelf.Book(1, "Dune"), new Shelf.Book(2, "Emma"), new Shelf.Book(3, "Emma")), shelf.all());
    }
  }

  @Test
  void onDemandWithExtensionAndUseExtensionWork() {
    assertEquals(3, jdbi.onDemand(Shelf.class).all().size());
    assertEquals(new Shelf.Book(1, "Dune"), jdbi.withExtension(Shelf.class, shelf -> shelf.byName("Dune")));
    List<Shelf.Book> seen = new ArrayList<>();
    jdbi.useExtension(Shelf.class, shelf -> seen.addAll(shelf.all()));
    assertEquals(3, seen.size());
  }

  @Test
  void theJdbiConstructorOpensAHandlePerCall() {
    Shelf shelf = new TenonShelf(jdbi);
    assertEquals(3, shelf.all().size());
    assertEquals(3, shelf.all().size());
  }

  @Test
  void statementsRunInsideTheHandlesTransaction() {
    try (Handle handle = jdbi.open()) {
      handle.useTransaction(
          inTransaction -> {
            Shelf shelf = inTransaction.attach(Shelf.class);
            ((TenonShelf) shelf).insert(4, "Ulysses");
            assertEquals(4, shelf.all().size(), "the DAO sees the transaction's own insert");
            inTransaction.rollback();
          });
      assertEquals(3, handle.attach(Shelf.class).all().size(), "rolled back with the handle");
    }
  }

  @Test
  void singleRowResults() {
    Shelf shelf = jdbi.onDemand(Shelf.class);
    assertEquals(new Shelf.Book(1, "Dune"), shelf.byName("Dune"));
    assertNull(shelf.byName("Missing"));
    assertEquals(Optional.empty(), shelf.findByName("Missing"));
    assertEquals(Optional.of(new Shelf.Book(1, "Dune")), shelf.findByName("Dune"));
    IllegalStateException twoRows = assertThrows(IllegalStateException.class, () -> shelf.byName("Emma"));
    assertTrue(twoRows.getMessage().contains("Shelf.byName: expected at most one row"), twoRows.getMessage());
  }

  @Test
  void statementsAreClosedWhenMappingThrows() {
    Shelf shelf = jdbi.onDemand(Shelf.class);
    UnableToProduceResultException failure =
        assertThrows(UnableToProduceResultException.class, shelf::failing);
    // The reader's own exception is kept as the cause; the message says which method failed.
    assertTrue(failure.getMessage().contains(": could not map a row: "), failure.getMessage());
    assertEquals(IllegalStateException.class, failure.getCause().getClass());
    assertEquals("mapping failed at row 1", failure.getCause().getMessage());
    assertTrue(prepared.size() >= 1);
    for (PreparedStatement statement : prepared) {
      assertClosed(statement);
    }
  }

  @Test
  void statementsAreClosedAfterEveryCall() {
    Shelf shelf = jdbi.onDemand(Shelf.class);
    shelf.all();
    shelf.byName("Dune");
    assertThrows(IllegalStateException.class, () -> shelf.byName("Emma"));
    assertEquals(3, prepared.size());
    for (PreparedStatement statement : prepared) {
      assertClosed(statement);
    }
  }

  @Test
  void sqlErrorsBecomeJdbiExceptionsNamingTheMethodAndSql() {
    try (Handle handle = jdbi.open()) {
      handle.execute("DROP TABLE book");
      UnableToExecuteStatementException e =
          assertThrows(UnableToExecuteStatementException.class, () -> handle.attach(Shelf.class).all());
      assertTrue(e.getMessage().startsWith("Shelf.all failed: "), e.getMessage());
      assertTrue(e.getMessage().contains("[SQL: SELECT id, name FROM book ORDER BY id]"), e.getMessage());
    }
  }

  @Test
  void aQueryWithoutSqlForTheDialectSaysWhich() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> TenonShelf.ONLY_POSTGRES.sql(Dialect.H2));
    assertEquals(
        "Shelf.onlyPostgres: no SQL was generated for H2; this DAO was generated for [POSTGRES]"
            + " (see @Dao(dialect = …))",
        e.getMessage());
  }

  @Test
  void theDialectIsDetectedOncePerJdbi() {
    try (Handle first = jdbi.open(); Handle second = jdbi.open()) {
      assertSame(Dialect.H2, TenonSettings.dialectOf(first));
      assertSame(Dialect.H2, TenonSettings.dialectOf(second));
    }
  }

  @Test
  void anInterfaceWithoutGeneratedClassIsNotTenons() {
    assertEquals(
        "dev.tenon.runtime.TenonShelf", TenonExtensionFactory.generatedClassName(Shelf.class));
    assertEquals(
        "dev.tenon.runtime.TenonDaoSessionTest_Nested",
        TenonExtensionFactory.generatedClassName(Nested.class));
    assertTrue(!new TenonExtensionFactory().accepts(Nested.class));
    assertTrue(new TenonExtensionFactory().accepts(Shelf.class));
  }

  interface Nested {}

  private static void assertClosed(PreparedStatement statement) {
    try {
      assertTrue(statement.isClosed(), "statement left open");
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  /** A connection that records every statement it prepares, so tests can check they are closed. */
  private Connection tracking(Connection connection) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          try {
            Object result = method.invoke(connection, args);
            if (method.getName().equals("prepareStatement")) {
              prepared.add((PreparedStatement) result);
            }
            return result;
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }
}
