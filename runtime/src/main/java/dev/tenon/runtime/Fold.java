package dev.tenon.runtime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * How one level of a folded result is read and built: rows that share the level's key are one
 * value, and each child level collects the distinct child keys of those rows into a list. Written
 * by the processor as constants; not API.
 *
 * <p>A result row {@code BookWithNotes(Book book, List<BookNote> notes)} is a root level keyed by
 * {@code book.id} with one child level keyed by {@code notes.id}. Child keys are de-duplicated, so
 * a second to-many join in the same statement multiplies rows but not list elements.
 *
 * <p>A level without children of its own is a <em>leaf</em>: its whole value is read from one row
 * by an {@link Item}. Where the processor can prove that no other to-many join repeats a leaf's
 * rows (the only to-many joins in the statement lead to the leaf), it writes a {@link
 * #uniqueLeaf}: every row with a value is one element, collected in a plain list, with no key and
 * no map.
 */
public final class Fold {
  /** The level's key from the current row; null where an outer join found no row. */
  @FunctionalInterface
  public interface Key {
    Object read(ResultSet row) throws SQLException;
  }

  /** The level's own values (entity, to-one aliases), read from the first row of its key. */
  @FunctionalInterface
  public interface Own {
    Object[] read(ResultSet row) throws SQLException;
  }

  /** Builds the level's value from its own values and its children's lists, in order. */
  @FunctionalInterface
  public interface Build {
    Object build(Object[] own, List<?>[] children);
  }

  /** A leaf level's whole value from the current row; for a unique leaf, null where absent. */
  @FunctionalInterface
  public interface Item {
    Object read(ResultSet row) throws SQLException;
  }

  /** Binds a batch query: the parents' keys as one collection parameter, then the rest. */
  @FunctionalInterface
  public interface BatchBinder {
    void bind(java.sql.PreparedStatement statement, dev.tenon.Dialect dialect, List<Object> keys)
        throws SQLException;
  }

  private static final Fold[] NO_CHILDREN = new Fold[0];
  private static final List<?>[] NO_LISTS = new List<?>[0];

  final Key key;
  final Own own;
  final Build build;
  final Item item;
  final boolean unique;
  final Fold[] children;
  final Query batchQuery;
  final BatchBinder batchBinder;
  final Key parentKey;

  private Fold(
      Key key,
      Own own,
      Build build,
      Item item,
      boolean unique,
      Fold[] children,
      Query batchQuery,
      BatchBinder batchBinder,
      Key parentKey) {
    this.key = key;
    this.own = own;
    this.build = build;
    this.item = item;
    this.unique = unique;
    this.children = children;
    this.batchQuery = batchQuery;
    this.batchBinder = batchBinder;
    this.parentKey = parentKey;
  }

  /** A level read from the same statement as its parent. */
  public static Fold of(Key key, Own own, Build build, Fold... children) {
    return new Fold(key, own, build, null, false, children, null, null, null);
  }

  /** A leaf whose elements are told apart by {@code key}: rows repeating a key add nothing. */
  public static Fold leaf(Key key, Item item) {
    return new Fold(key, null, null, item, false, NO_CHILDREN, null, null, null);
  }

  /**
   * A leaf whose rows are never repeated within one parent: each row where {@code item} reads a
   * value (not null) is one element.
   */
  public static Fold uniqueLeaf(Item item) {
    return new Fold(null, null, null, item, true, NO_CHILDREN, null, null, null);
  }

  /**
   * {@code level}, loaded by a second statement for all parents at once ({@code Fetch.BATCH}):
   * {@code parentKey} reads, from each row of {@code query}, the key of the parent it belongs to.
   */
  public static Fold batch(Query query, BatchBinder binder, Key parentKey, Fold level) {
    return new Fold(
        level.key,
        level.own,
        level.build,
        level.item,
        level.unique,
        level.children,
        query,
        binder,
        parentKey);
  }

  boolean batched() {
    return batchQuery != null;
  }

  boolean leaf() {
    return children.length == 0;
  }

  /** A leaf's value from the current row (for a unique leaf, null where there is none). */
  Object readLeaf(ResultSet row) throws SQLException {
    return item != null ? item.read(row) : build.build(own.read(row), NO_LISTS);
  }

  /** A key read as one value: integral numbers as {@code Long}, so keys of INT and BIGINT match. */
  public static Object key(ResultSet row, int index) throws SQLException {
    Object value = row.getObject(index);
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    return value;
  }

  /** An integral key, read with {@code getLong}: the same {@code Long} as {@link #key}. */
  public static Object longKey(ResultSet row, int index) throws SQLException {
    long value = row.getLong(index);
    return value == 0 && row.wasNull() ? null : Long.valueOf(value);
  }

  /** A text key, read with {@code getString}. */
  public static Object stringKey(ResultSet row, int index) throws SQLException {
    return row.getString(index);
  }

  /** A composite key, or null when its first column is NULL. */
  public static Object key(ResultSet row, int... indexes) throws SQLException {
    Object[] parts = new Object[indexes.length];
    for (int i = 0; i < indexes.length; i++) {
      parts[i] = key(row, indexes[i]);
      if (i == 0 && parts[0] == null) {
        return null;
      }
    }
    return List.of(parts);
  }
}
