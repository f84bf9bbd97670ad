package dev.tenon.examples.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh schema on a PostgreSQL server, used through {@code currentSchema} and dropped with {@code
 * CASCADE}. The server is {@link #DEFAULT_URL} unless {@code TENON_PG_URL} names another.
 */
final class PostgresSchema implements Provisioner {

  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  private static final String HOW_TO_START =
      "start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`"
          + " (database test, user postgres, trust auth), or point TENON_PG_URL at another server";

  private final String url;

  PostgresSchema(String url) {
    this.url = url;
  }

  @Override
  public Provisioned provision(String name) throws Unreachable, SQLException {
    try (Connection connection = connect(url);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + name);
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
    return new Provisioned(dataSource, dataSource.getURL(), () -> dropSchema(name));
  }

  private void dropSchema(String name) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    }
  }

  private static Connection connect(String url) throws Unreachable {
    DriverManager.setLoginTimeout(10);
    try {
      return DriverManager.getConnection(url);
    } catch (SQLException e) {
      throw new Unreachable("PostgreSQL", url, HOW_TO_START, e);
    }
  }
}
