package dev.tenon.runtime;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A generated binder's calls, caught on a stand-in statement and kept as JDBI arguments, one per
 * parameter index. JDBI's pipeline then binds them itself, so its {@code SqlLogger} finds each
 * value in the statement's binding, and every value still reaches the driver through the same
 * {@code setXxx} call the binder made. Only used where a logger or customizer watches: the plain
 * path binds straight onto the real statement.
 */
final class RecordedBinding {
  private RecordedBinding() {}

  /** Runs {@code bind} against a stand-in and returns its calls by parameter index (1-based). */
  static Map<Integer, Argument> record(Connection connection, JdbiStatements.Bind bind)
      throws SQLException {
    Map<Integer, Argument> arguments = new TreeMap<>();
    InvocationHandler recorder =
        (proxy, method, args) -> {
          if (method.getName().equals("getConnection") && method.getParameterCount() == 0) {
            // Collections are made into SQL arrays on the connection, not on the statement.
            return connection;
          }
          if (method.getName().startsWith("set")
              && method.getParameterCount() >= 2
              && method.getParameterTypes()[0] == int.class) {
            arguments.put((Integer) args[0], new Replayed(method, args.clone()));
            return null;
          }
          throw new UnsupportedOperationException(
              "Tenon's binder called PreparedStatement." + method.getName() + " while recording");
        };
    PreparedStatement standIn =
        (PreparedStatement)
            Proxy.newProxyInstance(
                PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class},
                recorder);
    bind.to(standIn);
    return arguments;
  }

  /** One {@code setXxx(index, value, …)} call, made again at the position JDBI gives. */
  private record Replayed(Method setter, Object[] arguments) implements Argument {
    @Override
    public void apply(int position, PreparedStatement statement, StatementContext context)
        throws SQLException {
      Object[] call = arguments.clone();
      call[0] = position;
      try {
        setter.invoke(statement, call);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof SQLException sqlException) {
          throw sqlException;
        }
        if (e.getCause() instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    /** What a logger prints for this parameter: the value, as the driver got it. */
    @Override
    public String toString() {
      if (setter.getName().equals("setNull")) {
        return "NULL";
      }
      Object value = arguments[1];
      if (value instanceof byte[] bytes) {
        return Arrays.toString(bytes);
      }
      if (value instanceof Array array) {
        try {
          return Arrays.deepToString((Object[]) array.getArray());
        } catch (SQLException | ClassCastException e) {
          return String.valueOf(array);
        }
      }
      return String.valueOf(value);
    }
  }
}
