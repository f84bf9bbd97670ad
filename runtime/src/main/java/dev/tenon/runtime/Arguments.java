package dev.tenon.runtime;

/**
 * Checks on argument values that the database would otherwise answer differently or cryptically.
 * Not API: generated code calls these before any statement is prepared.
 */
public final class Arguments {
  private Arguments() {}

  /**
   * A {@code @Limit} or {@code @Offset} must not be negative. Without this check SQLite reads a
   * negative {@code LIMIT} as "no limit" and returns every row, while PostgreSQL, MariaDB and H2
   * reject it with a raw SQL error; with it, every database fails the same way, before the call
   * opens a connection.
   *
   * @param method the DAO method, as {@code Dao.method}
   * @param annotation {@code "@Limit"} or {@code "@Offset"}
   * @param parameter the parameter's name
   */
  public static void requireNonNegative(
      long value, String method, String annotation, String parameter) {
    if (value < 0) {
      throw new IllegalArgumentException(
          method
              + ": "
              + annotation
              + " parameter '"
              + parameter
              + "' must be 0 or more, but was "
              + value);
    }
  }
}
