package dev.tenon.runtime;

import dev.tenon.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.HandleSupplier;
import org.jdbi.v3.core.statement.Cleanable;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementException;

/**
 * A {@code Stream} over an open result set. Closing it closes the result set and statement, ends
 * the transaction it had to begin on PostgreSQL, and closes the handle it opened; it also
 * registers with the handle, so closing the handle closes a forgotten stream.
 */
final class RowStream<T> extends Spliterators.AbstractSpliterator<T> implements Cleanable {
  /** Rows fetched per round trip where the driver streams. */
  static final int FETCH_SIZE = 1000;

  private final Handle handle;
  private final boolean ownsHandle;
  private final Query query;
  private final String sql;
  private final RowReader<T> reader;
  private final Folder folder;
  private PreparedStatement statement;
  /** JDBI's statement, where a logger or customizer watches ({@link JdbiStatements}). */
  private org.jdbi.v3.core.statement.Query jdbiStatement;
  private ResultSet rows;
  private boolean restoreAutoCommit;
  private Object pendingRoot;
  private boolean closed;
  /** Closed through the stream (by its user) rather than by the handle closing under it. */
  private boolean closedByUser;

  private RowStream(
      Handle handle, boolean ownsHandle, Query query, String sql, RowReader<T> reader, Fold fold) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.handle = handle;
    this.ownsHandle = ownsHandle;
    this.query = query;
    this.sql = sql;
    this.reader = reader;
    this.folder = fold == null ? null : new Folder(fold);
  }

  static <T> Stream<T> open(
      Handle given,
      Jdbi jdbi,
      Function<Handle, Dialect> dialects,
      Query query,
      Binder binder,
      RowReader<T> reader,
      Fold fold) {
    Handle shared = given != null ? given : scopedHandle(jdbi);
    Handle handle = shared != null ? shared : jdbi.open();
    Dialect dialect;
    RowStream<T> spliterator;
    try {
      dialect = dialects.apply(handle);
      spliterator =
          new RowStream<>(handle, shared == null, query, query.sql(dialect), reader, fold);
    } catch (RuntimeException e) {
      if (shared == null) {
        handle.close();
      }
      throw e;
    }
    spliterator.start(dialect, binder);
    return StreamSupport.stream(spliterator, false).onClose(spliterator::closeQuietly);
  }

  /**
   * The handle the thread is already inside ({@code jdbi.useHandle}, {@code inTransaction}), as
   * {@code jdbi.withHandle} would use: the stream then reads in that transaction.
   */
  private static Handle scopedHandle(Jdbi jdbi) {
    HandleSupplier scoped = jdbi.getHandleScope().get();
    return scoped == null ? null : scoped.getHandle();
  }

  private void start(Dialect dialect, Binder binder) {
    try {
      Connection connection = handle.getConnection();
      if (dialect == Dialect.POSTGRES && connection.getAutoCommit()) {
        // PostgreSQL's driver fetches in chunks only inside a transaction.
        connection.setAutoCommit(false);
        restoreAutoCommit = true;
      }
      handle.addCleanable(this);
      SqlStatements settings = handle.getConfig(SqlStatements.class);
      if (JdbiStatements.watched(settings)) {
        jdbiStatement =
            JdbiStatements.open(handle, sql, bound -> binder.bind(bound, dialect), FETCH_SIZE);
        rows =
            jdbiStatement.execute(
                (executed, context) -> {
                  statement = executed.get();
                  return statement.getResultSet();
                });
        return;
      }
      statement =
          OversizedArrays.prepare(
              text -> JdbiStatements.prepare(handle, text, settings), sql, dialect, binder);
      statement.setFetchSize(FETCH_SIZE);
      rows = statement.executeQuery();
    } catch (SQLException | RuntimeException e) {
      closeQuietly();
      if (e instanceof SQLException sqlException) {
        throw DaoSession.failure(query, sql, sqlException, binder, dialect);
      }
      if (e instanceof StatementException jdbi) {
        throw JdbiStatements.translated(query, sql, jdbi);
      }
      throw (RuntimeException) e;
    }
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    if (closed) {
      if (!closedByUser) {
        // Never end quietly with rows unread: that would look like a short result.
        throw new IllegalStateException(
            query.method()
                + ": the handle was closed before this stream was read. Read a stream from"
                + " handle.attach before the handle closes (inside jdbi.useHandle /"
                + " inTransaction), or use jdbi.onDemand or new Tenon…(jdbi), whose streams own"
                + " their handle until closed");
      }
      return false;
    }
    try {
      if (folder == null) {
        if (!rows.next()) {
          return false;
        }
        action.accept(DaoSession.read(query, reader, rows));
        return true;
      }
      return advanceFolded(action);
    } catch (SQLException e) {
      throw DaoSession.failure(query, sql, e);
    }
  }

  /** Emits a root once a row of the next root (or the end) shows that all its rows are read. */
  @SuppressWarnings("unchecked")
  private boolean advanceFolded(Consumer<? super T> action) throws SQLException {
    while (rows.next()) {
      Object key;
      try {
        key = folder.accept(rows);
      } catch (RuntimeException e) {
        throw DaoSession.mappingFailure(query, e);
      }
      if (pendingRoot == null) {
        pendingRoot = key;
      } else if (!pendingRoot.equals(key)) {
        Object done = pendingRoot;
        pendingRoot = key;
        action.accept((T) folder.buildAndRemove(done));
        return true;
      }
    }
    if (pendingRoot != null) {
      Object done = pendingRoot;
      pendingRoot = null;
      action.accept((T) folder.buildAndRemove(done));
      return true;
    }
    return false;
  }

  @Override
  public void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    SQLException failure = null;
    try {
      if (rows != null) {
        rows.close();
      }
    } catch (SQLException e) {
      failure = e;
    }
    try {
      if (statement != null) {
        statement.close();
      }
    } catch (SQLException e) {
      failure = failure == null ? e : failure;
    }
    if (jdbiStatement != null) {
      // Ends JDBI's statement context: its cleanables, and the logger's view of the statement.
      try {
        jdbiStatement.close();
      } catch (RuntimeException e) {
        failure = failure == null ? new SQLException("JDBI could not close the statement", e) : failure;
      }
    }
    if (restoreAutoCommit) {
      try {
        Connection connection = handle.getConnection();
        connection.commit();
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        failure = failure == null ? e : failure;
      }
    }
    handle.removeCleanable(this);
    if (ownsHandle) {
      handle.close();
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void closeQuietly() {
    closedByUser = true;
    try {
      close();
    } catch (SQLException e) {
      throw DaoSession.failure(query, sql, e);
    }
  }
}
