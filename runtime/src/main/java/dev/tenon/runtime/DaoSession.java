package dev.tenon.runtime;

import dev.tenon.Dialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
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

  private <T> List<T> list(Handle on, Query query, Binder binder, RowReader<T> reader) {
    Dialect dialect = dialect(on);
    String sql = query.sql(dialect);
    try (PreparedStatement statement = on.getConnection().prepareStatement(sql)) {
      binder.bind(statement, dialect);
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(reader.read(rows));
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
    try (PreparedStatement statement = on.getConnection().prepareStatement(sql)) {
      binder.bind(statement, dialect);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return null;
        }
        T result = reader.read(rows);
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

  private Dialect dialect(Handle on) {
    return pinned != null ? pinned : TenonSettings.dialectOf(on);
  }

  private static UnableToExecuteStatementException failure(Query query, String sql, SQLException e) {
    return new UnableToExecuteStatementException(
        query.method() + " failed: " + e.getMessage() + " [SQL: " + sql + "]", e, null);
  }
}
