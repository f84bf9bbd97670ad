package dev.tenon.runtime;

import dev.tenon.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** Picks the {@link Dialect} of a connection from its metadata. */
public final class Dialects {
  private Dialects() {}

  /** The dialect of {@code connection}; an error naming the product when Tenon has none for it. */
  public static Dialect detect(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String product = metaData.getDatabaseProductName();
    Dialect dialect = fromProductName(product);
    if (dialect == null) {
      throw new IllegalStateException(
          "Tenon has no SQL dialect for database '" + product
              + "'; supported: H2, PostgreSQL, MySQL/MariaDB, SQLite");
    }
    return dialect;
  }

  /** {@code null} when the product is not one Tenon knows. */
  static Dialect fromProductName(String product) {
    String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
    if (name.contains("h2")) {
      return Dialect.H2;
    }
    if (name.contains("postgres")) {
      return Dialect.POSTGRES;
    }
    if (name.contains("mysql") || name.contains("mariadb")) {
      return Dialect.MYSQL;
    }
    if (name.contains("sqlite")) {
      return Dialect.SQLITE;
    }
    return null;
  }
}
