package dev.tenon.examples.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;

/** A uniquely named in-memory H2 database, kept open until it is dropped. */
final class InMemoryH2 implements Provisioner {

  @Override
  public Provisioned provision(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return new Provisioned(dataSource, dataSource.getURL(), () -> shutdown(dataSource));
  }

  private static void shutdown(JdbcDataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }
}
