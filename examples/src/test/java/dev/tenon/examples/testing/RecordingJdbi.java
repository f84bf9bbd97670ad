package dev.tenon.examples.testing;

import dev.tenon.TenonPlugin;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A {@link Jdbi} on a test database that records every connection it opens and every statement
 * prepared on them, so a test can check what a call ran and that it closed what it opened. On
 * PostgreSQL it also records each connection's server process id, to look it up in {@code
 * pg_stat_activity}.
 *
 * <p>Connections come from the database's own {@link TestDatabase#jdbi()} (one handle each, closed
 * with the connection); only {@code prepareStatement} and {@code close} are intercepted.
 */
public final class RecordingJdbi {

  /** A prepared statement and its SQL. */
  public record Prepared(String sql, PreparedStatement statement) {}

  private final TestDatabase database;
  private final Jdbi jdbi;
  private final List<Connection> connections = Collections.synchronizedList(new ArrayList<>());
  private final List<Prepared> prepared = Collections.synchronizedList(new ArrayList<>());
  private final List<Integer> backendPids = Collections.synchronizedList(new ArrayList<>());

  public RecordingJdbi(TestDatabase database) {
    this.database = database;
    Jdbi source = database.jdbi();
    this.jdbi = Jdbi.create(() -> open(source)).installPlugin(new TenonPlugin());
  }

  /** JDBI with {@code TenonPlugin} whose connections are recorded. */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** Every connection opened so far (the driver's own objects), in order. */
  public List<Connection> connections() {
    return List.copyOf(connections);
  }

  /** Every statement prepared so far, in order. */
  public List<Prepared> prepared() {
    return List.copyOf(prepared);
  }

  /** The PostgreSQL server process of each connection, in order; empty elsewhere. */
  public List<Integer> backendPids() {
    return List.copyOf(backendPids);
  }

  private Connection open(Jdbi source) throws SQLException {
    Handle handle = source.open();
    Connection connection = handle.getConnection();
    if (database == TestDatabase.POSTGRES) {
      try (Statement statement = connection.createStatement();
          ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
        row.next();
        backendPids.add(row.getInt(1));
      }
    }
    connections.add(connection);
    InvocationHandler recorder =
        (proxy, method, arguments) -> invoke(handle, connection, method, arguments);
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, recorder);
  }

  private Object invoke(Handle handle, Connection connection, Method method, Object[] arguments)
      throws Throwable {
    if (method.getName().equals("close") && method.getParameterCount() == 0) {
      handle.close();
      return null;
    }
    Object result;
    try {
      result = method.invoke(connection, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (method.getName().equals("prepareStatement")) {
      prepared.add(new Prepared((String) arguments[0], (PreparedStatement) result));
    }
    return result;
  }
}
