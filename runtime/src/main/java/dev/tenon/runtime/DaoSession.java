package dev.tenon.runtime;

import dev.tenon.Dialect;
import dev.tenon.StaleRowException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.UnableToProduceResultException;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Runs a generated DAO's precomputed statements. Not API: generated code calls it.
 *
 * <p>A session made from a {@link Handle} runs every statement on that handle's connection, so it
 * takes part in the handle's transaction; one made from a {@link Jdbi} opens a handle per call.
 * Statements are prepared from SQL constants, bound by index and read by index: no template
 * rendering, SQL parsing or reflection per call. Statement and result set are closed on every
 * path, also when a row reader throws. Where the handle's JDBI settings have a {@code SqlLogger},
 * {@code TimingCollector} or global statement customizer, statements go through JDBI's pipeline
 * instead, so those see them ({@link JdbiStatements}); JDBI's query timeout applies on both paths.
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
    SqlStatements settings = on.getConfig(SqlStatements.class);
    if (JdbiStatements.watched(settings)) {
      JdbiStatements.run(
          on, query, sql, statement -> binder.bind(statement, dialect), rows -> fold(query, rows, folder));
    } else {
      try (PreparedStatement statement =
          OversizedArrays.prepare(
              text -> JdbiStatements.prepare(on, text, settings), sql, dialect, binder)) {
        try (ResultSet rows = statement.executeQuery()) {
          fold(query, rows, folder);
        }
      } catch (SQLException e) {
        throw failure(query, sql, e, binder, dialect);
      }
    }
    for (int i = 0; i < fold.children.length; i++) {
      if (fold.children[i].batched()) {
        batch(on, dialect, settings, folder, i, fold.children[i]);
      }
    }
    return folder.buildAll();
  }

  /** Loads a BATCH collection for every root, {@value #BATCH_CHUNK} parent keys a statement. */
  private static void batch(
      Handle on,
      Dialect dialect,
      SqlStatements settings,
      Folder folder,
      int childIndex,
      Fold level) {
    List<Object> keys = folder.rootKeys();
    String sql = level.batchQuery.sql(dialect);
    for (int from = 0; from < keys.size(); from += BATCH_CHUNK) {
      List<Object> chunk = keys.subList(from, Math.min(keys.size(), from + BATCH_CHUNK));
      if (JdbiStatements.watched(settings)) {
        JdbiStatements.run(
            on,
            level.batchQuery,
            sql,
            statement -> level.batchBinder.bind(statement, dialect, chunk),
            rows -> {
              while (rows.next()) {
                folder.acceptBatchRow(childIndex, level, rows);
              }
              return null;
            });
        continue;
      }
      try (PreparedStatement statement =
          OversizedArrays.prepare(
              text -> JdbiStatements.prepare(on, text, settings),
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
    SqlStatements settings = on.getConfig(SqlStatements.class);
    if (JdbiStatements.watched(settings)) {
      return JdbiStatements.run(
          on, query, sql, statement -> binder.bind(statement, dialect), rows -> all(query, rows, reader));
    }
    try (PreparedStatement statement =
        OversizedArrays.prepare(
            text -> JdbiStatements.prepare(on, text, settings), sql, dialect, binder)) {
      try (ResultSet rows = statement.executeQuery()) {
        return all(query, rows, reader);
      }
    } catch (SQLException e) {
      throw failure(query, sql, e, binder, dialect);
    }
  }

  private <T> T single(Handle on, Query query, Binder binder, RowReader<T> reader) {
    Dialect dialect = dialect(on);
    String sql = query.sql(dialect);
    SqlStatements settings = on.getConfig(SqlStatements.class);
    if (JdbiStatements.watched(settings)) {
      return JdbiStatements.run(
          on,
          query,
          sql,
          statement -> binder.bind(statement, dialect),
          rows -> only(query, rows, reader));
    }
    try (PreparedStatement statement =
        OversizedArrays.prepare(
            text -> JdbiStatements.prepare(on, text, settings), sql, dialect, binder)) {
      try (ResultSet rows = statement.executeQuery()) {
        return only(query, rows, reader);
      }
    } catch (SQLException e) {
      throw failure(query, sql, e, binder, dialect);
    }
  }

  private static <T> List<T> all(Query query, ResultSet rows, RowReader<T> reader)
      throws SQLException {
    List<T> result = new ArrayList<>();
    while (rows.next()) {
      result.add(read(query, reader, rows));
    }
    return result;
  }

  private static <T> T only(Query query, ResultSet rows, RowReader<T> reader) throws SQLException {
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

  private static Void fold(Query query, ResultSet rows, Folder folder) throws SQLException {
    while (rows.next()) {
      try {
        folder.accept(rows);
      } catch (RuntimeException e) {
        throw mappingFailure(query, e);
      }
    }
    return null;
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

  /**
   * As {@link #failure(Query, String, SQLException)}; where PostgreSQL refused a NUL character,
   * the message names the parameter that held it.
   */
  static UnableToExecuteStatementException failure(
      Query query, String sql, SQLException e, Binder binder, Dialect dialect) {
    if (NulParameters.refusedNul(dialect, e)) {
      List<Integer> indexes = NulParameters.of(binder, dialect);
      if (!indexes.isEmpty()) {
        return new UnableToExecuteStatementException(
            query.method()
                + ": parameter "
                + indexes
                + " (by position of its ? in the SQL) holds the character U+0000 (NUL), which"
                + " PostgreSQL does not accept in text; remove or replace it [SQL: "
                + sql
                + "]",
            e,
            null);
      }
    }
    return failure(query, sql, e);
  }

  static UnableToExecuteStatementException failure(Query query, String sql, SQLException e) {
    return new UnableToExecuteStatementException(
        query.method() + " failed: " + e.getMessage() + " [SQL: " + sql + "]", e, null);
  }

  /** The single {@code COUNT(*)} of a {@code Page}'s count statement. */
  public long count(Query query, Binder binder) {
    Long total = single(query, binder, row -> row.getLong(1));
    return total == null ? 0 : total;
  }

  // ---- writes

  /** Rows bound into one JDBC batch before {@code executeBatch}; bigger batches are chunked. */
  static final int WRITE_CHUNK = 1000;

  /** How a batch's per-row counts add up to what the method returns. */
  public enum Counting {
    /** The rows the database says changed. */
    ROWS_CHANGED,
    /** Each row once: MySQL counts an upsert that updated as 2. */
    ONCE_PER_ROW,
    /** Every row must change, else {@link StaleRowException} (an entity update returning void). */
    EVERY_ROW
  }

  /**
   * Fails before any statement runs when {@code row} is null or holds null where its entity does
   * not allow it, naming the method, the parameter and the property.
   */
  public static <E> void require(Query query, String parameter, E row, RowCheck<? super E> check) {
    if (row == null) {
      throw new IllegalArgumentException(query.method() + ": " + parameter + " is null");
    }
    String missing = check.missing(row);
    if (missing != null) {
      throw new IllegalArgumentException(
          query.method() + ": " + parameter + "." + missing + " is null, but "
              + row.getClass().getSimpleName() + "." + missing + " is not @Nullable");
    }
  }

  /** The error for an entity write that matched no row. */
  public static StaleRowException stale(Query query) {
    return new StaleRowException(
        query.method() + ": no row matched the entity's @Id (and @Version, if it has one): it was"
            + " changed or deleted since it was read");
  }

  /** Runs a write of one row; the count of changed rows. */
  public int update(Query query, Binder binder) {
    if (handle != null) {
      return update(handle, query, binder);
    }
    return jdbi.withHandle(opened -> update(opened, query, binder));
  }

  /** Inserts one row and reads back the key the database generated for it. */
  public <K> K insertKey(Query query, Keys keys, Binder binder, RowReader<K> key) {
    if (handle != null) {
      return insertKey(handle, query, keys, binder, key);
    }
    return jdbi.withHandle(opened -> insertKey(opened, query, keys, binder, key));
  }

  /**
   * A write that gives back the stored row: read from the statement itself ({@code RETURNING},
   * {@code FINAL TABLE}), or where {@code reread} has SQL for the dialect, by that statement run
   * right after the write on the same connection.
   */
  public <T> T writeReturning(
      Query query, Binder binder, Query reread, Binder rereadBinder, RowReader<T> reader) {
    if (handle != null) {
      return writeReturning(handle, query, binder, reread, rereadBinder, reader);
    }
    return jdbi.withHandle(opened -> writeReturning(opened, query, binder, reread, rereadBinder, reader));
  }

  /**
   * Writes every row of {@code rows} as one JDBC batch per {@value #WRITE_CHUNK} rows. Every row is
   * checked before the first statement runs. The batch runs inside the handle's transaction, or
   * in one of its own when there is none, so a failing row leaves nothing of the batch behind.
   */
  public <E> long batch(
      Query query,
      String parameter,
      Iterable<? extends E> rows,
      RowCheck<? super E> check,
      RowBinder<? super E> binder,
      Counting counting) {
    List<E> checked = checked(query, parameter, rows, check);
    if (checked.isEmpty()) {
      return 0;
    }
    if (handle != null) {
      return inTransaction(handle, on -> batch(on, query, checked, binder, counting));
    }
    return jdbi.withHandle(opened -> inTransaction(opened, on -> batch(on, query, checked, binder, counting)));
  }

  /**
   * Inserts every row of {@code rows} like {@link #batch} and returns them as stored: each with
   * the key the database generated for it, in input order.
   */
  public <E, K> List<E> insertBatch(
      Query query,
      Keys keys,
      String parameter,
      Iterable<? extends E> rows,
      RowCheck<? super E> check,
      RowBinder<? super E> binder,
      RowReader<K> key,
      Stored<E, K> stored) {
    List<E> checked = checked(query, parameter, rows, check);
    if (checked.isEmpty()) {
      return new ArrayList<>();
    }
    List<K> generated =
        handle != null
            ? inTransaction(handle, on -> insertBatchKeys(on, query, keys, checked, binder, key))
            : jdbi.withHandle(
                opened -> inTransaction(opened, on -> insertBatchKeys(on, query, keys, checked, binder, key)));
    List<E> result = new ArrayList<>(checked.size());
    for (int i = 0; i < checked.size(); i++) {
      result.add(stored.with(checked.get(i), generated.get(i)));
    }
    return result;
  }

  private int update(Handle on, Query query, Binder binder) {
    Dialect dialect = dialect(on);
    String sql = query.sql(dialect);
    SqlStatements settings = on.getConfig(SqlStatements.class);
    if (JdbiStatements.watched(settings)) {
      return JdbiStatements.update(on, query, sql, statement -> binder.bind(statement, dialect));
    }
    try (PreparedStatement statement = JdbiStatements.prepare(on, sql, settings)) {
      binder.bind(statement, dialect);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failure(query, sql, e);
    }
  }

  private <K> K insertKey(Handle on, Query query, Keys keys, Binder binder, RowReader<K> key) {
    Dialect dialect = dialect(on);
    String sql = query.sql(dialect);
    boolean returning = keys.returning(dialect);
    SqlStatements settings = on.getConfig(SqlStatements.class);
    if (JdbiStatements.watched(settings)) {
      JdbiStatements.Bind bind = statement -> binder.bind(statement, dialect);
      return returning
          ? JdbiStatements.run(on, query, sql, bind, rows -> onlyKey(query, rows, key))
          : JdbiStatements.insertKey(
              on, query, sql, bind, keys.columns(), rows -> onlyKey(query, rows, key));
    }
    try (PreparedStatement statement =
        returning
            ? JdbiStatements.prepare(on, sql, settings)
            : JdbiStatements.prepare(on, sql, settings, keys.columns())) {
      binder.bind(statement, dialect);
      if (returning) {
        try (ResultSet rows = statement.executeQuery()) {
          return onlyKey(query, rows, key);
        }
      }
      statement.executeUpdate();
      try (ResultSet rows = statement.getGeneratedKeys()) {
        return onlyKey(query, rows, key);
      }
    } catch (SQLException e) {
      throw failure(query, sql, e);
    }
  }

  private <T> T writeReturning(
      Handle on, Query query, Binder binder, Query reread, Binder rereadBinder, RowReader<T> reader) {
    Dialect dialect = dialect(on);
    if (reread != null && reread.has(dialect)) {
      update(on, query, binder);
      return single(on, reread, rereadBinder, reader);
    }
    return single(on, query, binder, reader);
  }

  private <E> long batch(
      Handle on, Query query, List<E> rows, RowBinder<? super E> binder, Counting counting) {
    Dialect dialect = dialect(on);
    String sql = query.sql(dialect);
    SqlStatements settings = on.getConfig(SqlStatements.class);
    if (JdbiStatements.watched(settings)) {
      // A SqlLogger, TimingCollector or customizer sees each row as a statement of JDBI's own.
      long total = 0;
      for (E row : rows) {
        int count = JdbiStatements.update(on, query, sql, statement -> binder.bind(statement, dialect, row));
        if (count == 0 && counting == Counting.EVERY_ROW) {
          throw stale(query);
        }
        total += counting == Counting.ONCE_PER_ROW ? Math.min(count, 1) : count;
      }
      return total;
    }
    if (dialect == Dialect.POSTGRES && counting == Counting.ROWS_CHANGED) {
      long copied = copy(on, query, sql, rows, binder, dialect);
      if (copied >= 0) {
        return copied;
      }
    }
    long total = 0;
    try (PreparedStatement statement = JdbiStatements.prepare(on, sql, settings)) {
      for (int from = 0; from < rows.size(); from += WRITE_CHUNK) {
        int to = Math.min(rows.size(), from + WRITE_CHUNK);
        for (int i = from; i < to; i++) {
          binder.bind(statement, dialect, rows.get(i));
          statement.addBatch();
        }
        for (int count : executeBatch(query, sql, statement, from)) {
          if (count == Statement.SUCCESS_NO_INFO) {
            count = 1; // the driver ran the row but did not count it
          }
          if (count == 0 && counting == Counting.EVERY_ROW) {
            throw stale(query);
          }
          total += counting == Counting.ONCE_PER_ROW ? Math.min(count, 1) : count;
        }
      }
    } catch (SQLException e) {
      throw failure(query, sql, e);
    }
    return total;
  }

  private <E, K> List<K> insertBatchKeys(
      Handle on, Query query, Keys keys, List<E> rows, RowBinder<? super E> binder, RowReader<K> key) {
    Dialect dialect = dialect(on);
    String sql = query.sql(dialect);
    List<K> generated = new ArrayList<>(rows.size());
    SqlStatements settings = on.getConfig(SqlStatements.class);
    if (JdbiStatements.watched(settings)) {
      // As in batch(): each row through JDBI's pipeline, so its hooks see it.
      for (E row : rows) {
        JdbiStatements.Bind bind = statement -> binder.bind(statement, dialect, row);
        generated.add(
            keys.returning(dialect)
                ? JdbiStatements.run(on, query, sql, bind, result -> onlyKey(query, result, key))
                : JdbiStatements.insertKey(
                    on, query, sql, bind, keys.columns(), result -> onlyKey(query, result, key)));
      }
      return generated;
    }
    if (keys.returning(dialect)) {
      // RETURNING rows cannot come out of executeBatch: one execution per row (SQLite, in-process).
      try (PreparedStatement statement = JdbiStatements.prepare(on, sql, settings)) {
        for (E row : rows) {
          binder.bind(statement, dialect, row);
          try (ResultSet result = statement.executeQuery()) {
            generated.add(onlyKey(query, result, key));
          }
        }
      } catch (SQLException e) {
        throw failure(query, sql, e);
      }
      return generated;
    }
    try (PreparedStatement statement = JdbiStatements.prepare(on, sql, settings, keys.columns())) {
      for (int from = 0; from < rows.size(); from += WRITE_CHUNK) {
        int to = Math.min(rows.size(), from + WRITE_CHUNK);
        for (int i = from; i < to; i++) {
          binder.bind(statement, dialect, rows.get(i));
          statement.addBatch();
        }
        executeBatch(query, sql, statement, from);
        try (ResultSet result = statement.getGeneratedKeys()) {
          while (result.next()) {
            generated.add(key.read(result));
          }
        }
        if (generated.size() != to) {
          throw new IllegalStateException(
              query.method() + ": the driver returned " + (generated.size() - from)
                  + " generated keys for a batch of " + (to - from) + " rows");
        }
      }
    } catch (SQLException e) {
      throw failure(query, sql, e);
    }
    return generated;
  }

  /**
   * A plain PostgreSQL batch insert as {@code COPY … FROM STDIN} ({@link PostgresCopy}), or -1
   * when it does not apply and nothing was sent. A failure is said without the server's
   * {@code Where:} context, which would quote the row.
   */
  private static <E> long copy(
      Handle on, Query query, String sql, List<E> rows, RowBinder<? super E> binder, Dialect dialect) {
    try {
      return PostgresCopy.tryCopy(on.getConnection(), sql, rows, binder, dialect);
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage());
      int where = message.indexOf("\n  Where:");
      throw new UnableToExecuteStatementException(
          query.method() + " failed in COPY: " + (where < 0 ? message : message.substring(0, where))
              + " [SQL: " + sql + "]",
          e,
          null);
    }
  }

  /**
   * {@code executeBatch}, its failure said without the driver's echo of the batch entry (pgjdbc
   * prints the statement with its values): the first underlying error, and where the chunk began.
   */
  private static int[] executeBatch(Query query, String sql, PreparedStatement statement, int from)
      throws SQLException {
    try {
      return statement.executeBatch();
    } catch (BatchUpdateException e) {
      SQLException cause = e.getNextException() != null ? e.getNextException() : e;
      throw new UnableToExecuteStatementException(
          query.method() + " failed in the batch chunk starting at row " + from + ": "
              + cause.getMessage() + " [SQL: " + sql + "]",
          cause,
          null);
    }
  }

  private static <K> K onlyKey(Query query, ResultSet rows, RowReader<K> key) throws SQLException {
    if (!rows.next()) {
      throw new IllegalStateException(
          query.method() + ": the database returned no generated key; is the id column an identity,"
              + " serial or auto-increment column?");
    }
    return key.read(rows);
  }

  /** The rows as a list, each checked; no statement has run when this throws. */
  private static <E> List<E> checked(
      Query query, String parameter, Iterable<? extends E> rows, RowCheck<? super E> check) {
    if (rows == null) {
      throw new IllegalArgumentException(query.method() + ": " + parameter + " is null");
    }
    List<E> list =
        rows instanceof java.util.Collection<?> collection
            ? new ArrayList<>(collection.size())
            : new ArrayList<>();
    int index = 0;
    for (E row : rows) {
      if (row == null || check.missing(row) != null) {
        require(query, parameter + "[" + index + "]", row, check); // throws, naming the row
      }
      list.add(row);
      index++;
    }
    return list;
  }

  private static <T> T inTransaction(Handle on, java.util.function.Function<Handle, T> work) {
    if (on.isInTransaction()) {
      return work.apply(on);
    }
    return on.inTransaction(inside -> work.apply(inside));
  }
}
