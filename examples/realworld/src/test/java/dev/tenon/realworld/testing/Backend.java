package dev.tenon.realworld.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The databases the API is tested on, each run in a place of its own: an in-memory H2 database, a
 * PostgreSQL schema ({@code TENON_PG_URL}) or a MariaDB database ({@code TENON_MYSQL_URL}), as in
 * {@code examples/src/test/…/testing}, and dropped at the end.
 */
public enum Backend {
  H2 {
    @Override
    Place provision(String name) {
      String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
      return new Place(url, () -> run(url, "SHUTDOWN"));
    }
  },
  POSTGRES {
    @Override
    Place provision(String name) throws Unreachable, SQLException {
      String server = System.getenv().getOrDefault("TENON_PG_URL", PG_URL);
      run(connect("PostgreSQL", server, PG_START), "CREATE SCHEMA " + name);
      String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + name;
      return new Place(url, () -> run(server, "DROP SCHEMA IF EXISTS " + name + " CASCADE"));
    }
  },
  MARIADB {
    @Override
    Place provision(String name) throws Unreachable, SQLException {
      String server = System.getenv().getOrDefault("TENON_MYSQL_URL", MARIADB_URL);
      run(
          connect("MariaDB", server, MARIADB_START),
          "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
      return new Place(withDatabase(server, name), () -> run(server, "DROP DATABASE IF EXISTS " + name));
    }
  };

  private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  private static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/?user=root";
  private static final String PG_START =
      "start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,"
          + " or point TENON_PG_URL at another server";
  private static final String MARIADB_START =
      "start it with `start-stop-daemon --start --background --exec /usr/sbin/mariadbd`,"
          + " or point TENON_MYSQL_URL at another server";

  /** Creates the place called {@code name}; {@link Unreachable} when the server is not there. */
  abstract Place provision(String name) throws Unreachable, SQLException;

  /** A JDBC URL into one fresh place, and how to drop it. */
  record Place(String url, Drop drop) {}

  /** Removes a place and everything in it. */
  @FunctionalInterface
  interface Drop {
    void run() throws SQLException;
  }

  /** The server cannot be reached: where, and how a developer starts it. */
  static final class Unreachable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreachable(String server, String url, String howToStart, Throwable cause) {
      super(server + " not reachable at " + url + " (" + cause.getMessage() + "); " + howToStart,
          cause);
    }
  }

  private static Connection connect(String server, String url, String howToStart)
      throws Unreachable {
    DriverManager.setLoginTimeout(10);
    try {
      return DriverManager.getConnection(url);
    } catch (SQLException e) {
      throw new Unreachable(server, url, howToStart, e);
    }
  }

  private static void run(String url, String sql) throws SQLException {
    run(DriverManager.getConnection(url), sql);
  }

  private static void run(Connection connection, String sql) throws SQLException {
    try (connection;
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** {@code jdbc:mariadb://host:port/<database>?options}. */
  private static String withDatabase(String url, String database) {
    int hosts = url.indexOf("//");
    int path = url.indexOf('/', hosts < 0 ? 0 : hosts + 2);
    int query = url.indexOf('?');
    String options = query < 0 ? "" : url.substring(query);
    String server = path >= 0 ? url.substring(0, path) : query < 0 ? url : url.substring(0, query);
    return server + "/" + database + options;
  }
}
