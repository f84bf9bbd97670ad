package dev.tenon.processor.model;

/**
 * One column of an entity.
 *
 * @param name the Java component name ({@code bookId})
 * @param column the column name ({@code book_id})
 * @param type how the value is bound and read
 * @param id part of the primary key
 * @param generated an {@code @Id(generated = true)}: the database assigns it on insert
 * @param version the {@code @Version} column of optimistic locking
 * @param nullable annotated {@code @Nullable}: a write may store NULL there
 * @param accessor the no-argument method that reads the value from an instance ({@code bookId}
 *     of a record, {@code getBookId} of a class), or null when the type has none
 */
public record Property(
    String name,
    String column,
    ValueType type,
    boolean id,
    boolean generated,
    boolean version,
    boolean nullable,
    String accessor,
    Origin origin) {

  /** A plain column read through the record accessor of its name (planner tests, reads). */
  public Property(String name, String column, ValueType type, boolean id, Origin origin) {
    this(name, column, type, id, false, false, false, name, origin);
  }

  /** Whether a write must refuse a null value here before the statement runs. */
  public boolean requiresValue() {
    return !type.primitive() && !nullable && !generated;
  }
}
