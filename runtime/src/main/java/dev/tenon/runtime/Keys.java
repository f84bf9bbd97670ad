package dev.tenon.runtime;

import dev.tenon.Dialect;

/**
 * How an insert's generated key comes back, per dialect: from the statement's own rows (its SQL
 * ends in {@code RETURNING}) or from JDBC's {@code getGeneratedKeys()} for the named column.
 * Immutable; made once per DAO method by the generated code.
 */
public final class Keys {
  private final String[] columns;
  private final boolean[] returning;

  private Keys(String column, boolean[] returning) {
    this.columns = new String[] {column};
    this.returning = returning;
  }

  /** The key column {@code column}; the SQL for {@code returningIn} returns it as a result set. */
  public static Keys of(String column, Dialect... returningIn) {
    boolean[] returning = new boolean[Dialect.values().length];
    for (Dialect dialect : returningIn) {
      returning[dialect.ordinal()] = true;
    }
    return new Keys(column, returning);
  }

  /** Whether the statement for {@code dialect} is run as a query whose rows are the keys. */
  boolean returning(Dialect dialect) {
    return returning[dialect.ordinal()];
  }

  /** The key columns, for {@code Connection.prepareStatement(sql, columnNames)}. */
  String[] columns() {
    return columns.clone();
  }
}
