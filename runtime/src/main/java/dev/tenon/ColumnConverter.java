package dev.tenon;

/**
 * Stores a Java type {@code J} as a column of a supported type {@code C} (a {@code Money} as a
 * {@code BigDecimal}, an {@code Email} as a {@code String}). Named by {@link Convert} on a
 * component or parameter, or listed in {@code @Dao(converters = …)} for the DAO's parameters. The
 * generated DAO holds one instance (made with the public no-argument constructor) and calls it
 * directly. It is never given null: a null value is stored as SQL NULL and NULL is read as null.
 *
 * @param <J> the Java type
 * @param <C> the column's type: one Tenon binds and reads itself
 */
public interface ColumnConverter<J, C> {
  /** The column value for {@code value}; never called with null. */
  C toColumn(J value);

  /** The Java value for the column value {@code value}; never called with null. */
  J fromColumn(C value);
}
