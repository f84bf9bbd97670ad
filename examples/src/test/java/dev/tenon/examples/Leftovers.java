package dev.tenon.examples;

import dev.tenon.examples.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What a pool's sessions left on the server: plain JDBC on a connection of its own. */
final class Leftovers {
  private Leftovers() {}

  /**
   * PostgreSQL: sessions named {@code applicationName} that are running a statement or sit in a
   * transaction ({@code idle in transaction}, also aborted). MariaDB: open InnoDB transactions and
   * running statements of sessions in the sample's database, other than this one.
   */
  static int busySessions(TestDatabase database, String applicationName) throws SQLException {
    try (Connection connection = database.dataSource().getConnection()) {
      String sql =
          database == TestDatabase.POSTGRES
              ? "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?"
                  + " AND pid <> pg_backend_pid() AND state <> 'idle'"
              : "SELECT count(*) FROM information_schema.PROCESSLIST p"
                  + " LEFT JOIN information_schema.INNODB_TRX t ON t.trx_mysql_thread_id = p.ID"
                  + " WHERE p.DB = DATABASE() AND p.ID <> CONNECTION_ID() AND ? IS NOT NULL"
                  + " AND (p.COMMAND <> 'Sleep' OR t.trx_id IS NOT NULL)";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, applicationName);
        try (ResultSet rows = statement.executeQuery()) {
          rows.next();
          return rows.getInt(1);
        }
      }
    }
  }
}
