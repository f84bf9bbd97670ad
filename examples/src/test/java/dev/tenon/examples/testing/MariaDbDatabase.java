package dev.tenon.examples.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A fresh database on a MariaDB (or MySQL) server, dropped at the end. The server is {@link
 * #DEFAULT_URL} unless {@code TENON_MYSQL_URL} names another; that URL's database part, if any, is
 * replaced by the fresh database's name.
 */
final class MariaDbDatabase implements Provisioner {

  static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/?user=root";

  private static final String HOW_TO_START =
      "start it with `start-stop-daemon --start --background --exec /usr/sbin/mariadbd`"
          + " (user root, empty password), or point TENON_MYSQL_URL at another server";

  private final String url;

  MariaDbDatabase(String url) {
    this.url = url;
  }

  @Override
  public Provisioned provision(String name) throws Unreachable, SQLException {
    try (Connection connection = connect(url);
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    String database = withDatabase(url, name);
    // The tables get the database's collation, each session another default: as where tables
    // were made under other settings. Text compared with a bound collection must then follow the
    // column's collation, as "column = ?" does, instead of failing with "Illegal mix of collations".
    String sessions =
        database
            + (database.contains("?") ? "&" : "?")
            + "sessionVariables=collation_database=utf8mb4_general_ci";
    MariaDbDataSource dataSource = new MariaDbDataSource();
    dataSource.setUrl(sessions);
    return new Provisioned(dataSource, database, () -> dropDatabase(name));
  }

  /** {@code jdbc:mariadb://host:port/<database>?options}. */
  static String withDatabase(String url, String database) {
    int hosts = url.indexOf("//");
    int path = url.indexOf('/', hosts < 0 ? 0 : hosts + 2);
    int query = url.indexOf('?');
    String options = query < 0 ? "" : url.substring(query);
    String server = path >= 0 ? url.substring(0, path) : query < 0 ? url : url.substring(0, query);
    return server + "/" + database + options;
  }

  private void dropDatabase(String name) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
    }
  }

  private static Connection connect(String url) throws Unreachable {
    DriverManager.setLoginTimeout(10);
    try {
      return DriverManager.getConnection(url);
    } catch (SQLException e) {
      throw new Unreachable("MariaDB", url, HOW_TO_START, e);
    }
  }
}
