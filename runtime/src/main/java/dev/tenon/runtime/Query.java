package dev.tenon.runtime;

import dev.tenon.Dialect;
import java.util.ArrayList;
import java.util.List;

/**
 * One DAO method's SQL, made at compile time for each dialect the DAO supports. Immutable; the
 * lookup per call is an array index.
 */
public final class Query {
  private final String method;
  private final String[] sqlByDialect;

  private Query(String method, String[] sqlByDialect) {
    this.method = method;
    this.sqlByDialect = sqlByDialect;
  }

  /** The same SQL for every dialect in {@code dialects}. */
  public static Query of(String method, String sql, Dialect... dialects) {
    return new Query(method, new String[Dialect.values().length]).with(sql, dialects);
  }

  /** A copy that also has {@code sql} for {@code dialects}. */
  public Query with(String sql, Dialect... dialects) {
    String[] copy = sqlByDialect.clone();
    for (Dialect dialect : dialects) {
      copy[dialect.ordinal()] = sql;
    }
    return new Query(method, copy);
  }

  /** The DAO method this SQL belongs to. */
  public String method() {
    return method;
  }

  /** The SQL for {@code dialect}; an error naming the method when it was not generated. */
  public String sql(Dialect dialect) {
    String sql = sqlByDialect[dialect.ordinal()];
    if (sql == null) {
      throw new IllegalStateException(
          method + ": no SQL was generated for " + dialect + "; this DAO was generated for "
              + dialects() + " (see @Dao(dialect = …))");
    }
    return sql;
  }

  /** Whether SQL was generated for {@code dialect}. */
  public boolean has(Dialect dialect) {
    return sqlByDialect[dialect.ordinal()] != null;
  }

  /** The dialects this query has SQL for. */
  public List<Dialect> dialects() {
    List<Dialect> dialects = new ArrayList<>();
    for (Dialect dialect : Dialect.values()) {
      if (sqlByDialect[dialect.ordinal()] != null) {
        dialects.add(dialect);
      }
    }
    return dialects;
  }
}
