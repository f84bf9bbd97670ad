package dev.tenon.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.result.UnableToProduceResultException;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.jdbi.v3.core.statement.UnableToCreateStatementException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

/**
 * Where a handle's JDBI settings watch statements, Tenon's statements run through JDBI's own
 * statement pipeline, so JDBI's {@code SqlLogger} (and a {@code TimingCollector}, which JDBI keeps
 * as a logger) and its global statement customizers (such as {@code StatementCustomizers
 * .fetchSize}) see them with their SQL and binding. With JDBI's defaults nothing watches, and a
 * statement is prepared on the handle's connection directly: that costs one config lookup and
 * three field reads more than before, and honours JDBI's query timeout too.
 */
final class JdbiStatements {
  /** Binds one statement's parameters. */
  @FunctionalInterface
  interface Bind {
    void to(PreparedStatement statement) throws SQLException;
  }

  /** Reads what one statement returned. */
  @FunctionalInterface
  interface Read<R> {
    R from(ResultSet rows) throws SQLException;
  }

  /**
   * {@code SqlStatements.getCustomizers()}: JDBI has no public way to ask whether global
   * customizers are installed. Found once; if a later JDBI drops it, only loggers are detected.
   */
  private static final MethodHandle CUSTOMIZERS = customizersAccessor();

  private JdbiStatements() {}

  /** Whether statements on a handle with these settings must go through JDBI's pipeline. */
  static boolean watched(SqlStatements settings) {
    return settings.getSqlLogger() != SqlLogger.NOP_SQL_LOGGER || hasCustomizers(settings);
  }

  /** The plain path: a statement on the handle's connection, with JDBI's query timeout if set. */
  static PreparedStatement prepare(Handle on, String sql, SqlStatements settings)
      throws SQLException {
    return timed(on.getConnection().prepareStatement(sql), settings);
  }

  /** {@link #prepare}, asking the driver for the generated {@code keyColumns}. */
  static PreparedStatement prepare(
      Handle on, String sql, SqlStatements settings, String[] keyColumns) throws SQLException {
    return timed(on.getConnection().prepareStatement(sql, keyColumns), settings);
  }

  /** {@code statement} with JDBI's query timeout, if one is set; closed if that fails. */
  private static PreparedStatement timed(PreparedStatement statement, SqlStatements settings)
      throws SQLException {
    Integer timeout = settings.getQueryTimeout();
    if (timeout != null) {
      try {
        statement.setQueryTimeout(timeout);
      } catch (SQLException | RuntimeException e) {
        try {
          statement.close();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
    }
    return statement;
  }

  /** Runs {@code sql} through JDBI's pipeline and reads its rows; JDBI closes what it opened. */
  static <R> R run(Handle on, Query query, String sql, Bind bind, Read<R> read) {
    try (org.jdbi.v3.core.statement.Query statement = open(on, sql, bind, 0)) {
      return statement.execute(
          (executed, context) -> {
            try (ResultSet rows = executed.get().getResultSet()) {
              return read.from(rows);
            }
          });
    } catch (SQLException e) {
      throw DaoSession.failure(query, sql, e);
    } catch (StatementException e) {
      throw translated(query, sql, e);
    }
  }

  /** Runs a write of {@code sql} through JDBI's pipeline; the count of changed rows. */
  static int update(Handle on, Query query, String sql, Bind bind) {
    try (Update statement = on.createUpdate(sql)) {
      configure(statement, on, bind);
      return statement.execute();
    } catch (SQLException e) {
      throw DaoSession.failure(query, sql, e);
    } catch (StatementException e) {
      throw translated(query, sql, e);
    }
  }

  /** Runs an insert through JDBI's pipeline and reads the keys JDBC generated for it. */
  static <R> R insertKey(Handle on, Query query, String sql, Bind bind, String[] columns, Read<R> read) {
    try (Update statement = on.createUpdate(sql)) {
      configure(statement, on, bind);
      return statement
          .executeAndReturnGeneratedKeys(columns)
          .scanResultSet(
              (keys, context) -> {
                try (ResultSet rows = keys.get()) {
                  return read.from(rows);
                }
              });
    } catch (SQLException e) {
      throw DaoSession.failure(query, sql, e);
    } catch (StatementException e) {
      throw translated(query, sql, e);
    }
  }

  /** Tenon's SQL is final: no templating, and parameters are exactly its '?' placeholders. */
  private static void configure(SqlStatement<?> statement, Handle on, Bind bind)
      throws SQLException {
    statement
        .getConfig(SqlStatements.class)
        .setTemplateEngine(TemplateEngine.NOP)
        .setSqlParser(PositionalSqlParser.INSTANCE);
    for (Map.Entry<Integer, Argument> argument :
        RecordedBinding.record(on.getConnection(), bind).entrySet()) {
      statement.bind(argument.getKey() - 1, argument.getValue());
    }
  }

  /** A statement of JDBI's with Tenon's SQL and binding, ready to execute; the caller closes it. */
  static org.jdbi.v3.core.statement.Query open(Handle on, String sql, Bind bind, int fetchSize)
      throws SQLException {
    org.jdbi.v3.core.statement.Query statement = on.createQuery(sql);
    try {
      configure(statement, on, bind);
      if (fetchSize > 0) {
        // Before binding, so a user's fetch size customizer (run before execution) wins.
        statement.addCustomizer(
            new StatementCustomizer() {
              @Override
              public void beforeBinding(PreparedStatement prepared, StatementContext context)
                  throws SQLException {
                prepared.setFetchSize(fetchSize);
              }

              @Override
              public void beforeExecution(PreparedStatement prepared, StatementContext context) {}
            });
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  /** JDBI's own wrapping of a driver error becomes Tenon's, as on the plain path. */
  static RuntimeException translated(Query query, String sql, StatementException e) {
    boolean jdbisOwn =
        e.getClass() == UnableToExecuteStatementException.class
            || e.getClass() == UnableToCreateStatementException.class
            || e.getClass() == UnableToProduceResultException.class;
    if (jdbisOwn && e.getCause() instanceof SQLException sqlException) {
      return DaoSession.failure(query, sql, sqlException);
    }
    // A user's SqlExceptionHandler made its own exception: theirs to see as it is.
    return e;
  }

  private static boolean hasCustomizers(SqlStatements settings) {
    if (CUSTOMIZERS == null) {
      return false;
    }
    try {
      return !((Collection<?>) CUSTOMIZERS.invokeExact(settings)).isEmpty();
    } catch (Throwable e) {
      return false;
    }
  }

  private static MethodHandle customizersAccessor() {
    try {
      return MethodHandles.privateLookupIn(SqlStatements.class, MethodHandles.lookup())
          .findVirtual(
              SqlStatements.class, "getCustomizers", MethodType.methodType(Collection.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
