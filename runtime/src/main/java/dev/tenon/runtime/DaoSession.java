package dev.tenon.runtime;

import dev.tenon.Dialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.UnableToProduceResultException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Runs a generated DAO's precomputed statements. Not API: generated code calls it.
 *
 * <p>A session made from a {@link Handle} runs every statement on that handle's connection, so it
 * takes part in the handle's transaction; one made from a {@link Jdbi} opens a handle per call.
 * Statements are prepared from SQL constants, bound by index and read by index: no template
 * rendering, SQL parsing or reflection per call. Statement and result set are closed on every
 * path, also when a row reader throws.
 */
public final class DaoSession {
  private final Jdbi jdbi;
  private final Handle handle;
  private final Dialect pinned;

  private DaoSession(Jdbi jdbi, Handle handle, Dialect declared) {
    this.jdbi = jdbi;
    this.handle = handle;
    this.pinned = declared == Dialect.AUTO ? null : declared;
  }

  /** Statements run on {@code handle}; {@code declared} is the DAO's {@code @Dao(dialect)}. */
  public static DaoSession of(Handle handle, Dialect declared) {
    return new DaoSession(null, Objects.requireNonNull(handle, "handle"), declared);
  }

  /** Each call opens (and closes) a handle of {@code jdbi}. */
  public static DaoSession of(Jdbi jdbi, Dialect declared) {
    return new DaoSession(Objects.requireNonNull(jdbi, "jdbi"), null, declared);
  }

  /** Every row. */
  public <T> List<T> list(Query query, Binder binder, RowReader<T> reader) {
    if (handle != null) {
      return list(handle, query, binder, reader);
    }
    return jdbi.withHandle(opened -> list(opened, query, binder, reader));
  }

  /** The only row, or {@code null} when there is none; more than one row is an error. */
  public <T> T single(Query query, Binder binder, RowReader<T> reader) {
    if (handle != null) {
      return single(handle, query, binder, reader);
    }
    return jdbi.withHandle(opened -> single(opened, query, binder, reader));
  }

  /** The only row, or empty; more than one row is an error. A row mapped to null is an error. */
  public <T> Optional<T> optional(Query query, Binder binder, RowReader<T> reader) {
    return Optional.ofNullable(single(query, binder, reader));
  }

  /**
   * Every root, with its collections folded from joined rows ({@code Fetch.JOIN}) and loaded by
   * one more statement per chunk of roots ({@code Fetch.BATCH}).
   */
  @SuppressWarnings("unchecked")
  public <T> List<T> folded(Query query, Binder binder, Fold fold) {
    if (handle != null) {
      return (List<T>) folded(handle, query, binder, fold);
    }
    return jdbi.withHandle(opened -> (List<T>) folded(opened, query, binder, fold));
  }

  /** The only folded root, or null; more than one root is an error. */
  public <T> T foldedSingle(Query query, Binder binder, Fold fold) {
    List<T> roots = folded(query, binder, fold);
    if (roots.size() > 1) {
      throw new IllegalStateException(
          query.method() + ": expected at most one row but the query returned " + roots.size());
    }
    return roots.isEmpty() ? null : roots.get(0);
  }

  /** The only folded root, or empty; more than one root is an error. */
  public <T> Optional<T> foldedOptional(Query query, Binder binder, Fold fold) {
    return Optional.ofNullable(foldedSingle(query, binder, fold));
  }

  /**
   * Rows as they are read, with a bounded fetch size, so any number of rows takes constant memory.
   * The caller closes the stream; that closes the result set, the statement and (for a session
   * made from a {@link Jdbi}) the handle. On PostgreSQL the driver only streams inside a
   * transaction, so outside one the stream runs in its own and ends it on close.
   */
  public <T> Stream<T> stream(Query query, Binder binder, RowReader<T> reader) {
    return RowStream.open(handle, jdbi, this::dialect, query, binder, reader, null);
  }

  /** A stream of folded roots: each is emitted once the first row of the next root is read. */
  public <T> Stream<T> foldedStream(Query query, Binder binder, Fold fold) {
    return RowStream.open(handle, jdbi, this::dialect, query, binder, null, fold);
  }

  private static final int BATCH_CHUNK = 1000;

  private List<Object> folded(Handle on, Query query, Binder binder, Fold fold) {
    Dialect dialect = dialect(on);
    String sql = query.sql(dialect);
    Folder folder = new Folder(fold);
    try (PreparedStatement statement =
        OversizedArrays.prepare(on.getConnection(), sql, dialect, binder)) {
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          try {
            folder.accept(rows);
          } catch (RuntimeException e) {
            throw mappingFailure(query, e);
          }
        }
      }
    } catch (SQLException e) {
      throw failure(query, sql, e);
    }
    for (int i = 0; i < fold.children.length; i++) {
      if (fold.children[i].batched()) {
        batch(on, dialect, folder, i, fold.children[i]);
      }
    }
    return folder.buildAll();
  }

  /** Loads a BATCH collection for every root, {@value #BATCH_CHUNK} parent keys a statement. */
  private static void batch(Handle on, Dialect dialect, Folder folder, int childIndex, Fold level) {
    List<Object> keys = folder.rootKeys();
    String sql = level.batchQuery.sql(dialect);
    for (int from = 0; from < keys.size(); from += BATCH_CHUNK) {
      List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + BATCH_CHUNK));
      try (PreparedStatement statement =
          OversizedArrays.prepare(
              on.getConnection(),
              sql,
              dialect,
              (unbound, sameDialect) -> level.batchBinder.bind(unbound, sameDialect, chunk))) {
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            folder.acceptBatchRow(childIndex, level, rows);
          }
        }
      } catch (SQLException e) {
        throw failure(level.batchQuery, sql, e);
      }
    }
  }

  private <T> List<T> list(Handle on, Query query, Binder binder, RowReader<T> reader) {
    Dialect dialect = dialect(on);
    String sql = query.sql(dialect);
    try (PreparedStatement statement =
        OversizedArrays.prepare(on.getConnection(), sql, dialect, binder)) {
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(read(query, reader, rows));
        }
        return result;
      }
    } catch (SQLException e) {
      throw failure(query, sql, e);
    }
  }

  private <T> T single(Handle on, Query query, Binder binder, RowReader<T> reader) {
    Dialect dialect = dialect(on);
    String sql = query.sql(dialect);
    try (PreparedStatement statement =
        OversizedArrays.prepare(on.getConnection(), sql, dialect, binder)) {
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return null;
        }
        T result = read(query, reader, rows);
        if (rows.next()) {
          throw new IllegalStateException(
              query.method() + ": expected at most one row but the query returned more;"
                  + " return a List, or make the query select one row");
        }
        return result;
      }
    } catch (SQLException e) {
      throw failure(query, sql, e);
    }
  }

  Dialect dialect(Handle on) {
    return pinned != null ? pinned : TenonSettings.dialectOf(on);
  }

  /** One row read by {@code reader}; a reader's failure names the method. */
  static <T> T read(Query query, RowReader<T> reader, ResultSet rows) throws SQLException {
    try {
      return reader.read(rows);
    } catch (RuntimeException e) {
      throw mappingFailure(query, e);
    }
  }

  /**
   * A row that could not be mapped (a text that is no UUID, an unknown enum name): the caller
   * learns which DAO method failed instead of a bare {@code IllegalArgumentException}.
   */
  static UnableToProduceResultException mappingFailure(Query query, RuntimeException e) {
    return new UnableToProduceResultException(
        query.method() + ": could not map a row: " + e, e, null);
  }

  static UnableToExecuteStatementException failure(Query query, String sql, SQLException e) {
    return new UnableToExecuteStatementException(
        query.method() + " failed: " + e.getMessage() + " [SQL: " + sql + "]", e, null);
  }
}
