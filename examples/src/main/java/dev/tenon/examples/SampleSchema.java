package dev.tenon.examples;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates the example's tables with Flyway from {@code db/migration/<dialect>}: the same
 * migrations the Tenon processor checks every entity and statement against at compile time
 * ({@code -Atenon.schema} in examples/pom.xml), so the schema the tests run on is the one the
 * build checked. One folder per dialect, because identity columns and quoting differ.
 */
final class SampleSchema {
  private SampleSchema() {}

  static void migrate(DataSource dataSource) throws SQLException {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/" + folder(dataSource))
        .load()
        .migrate();
  }

  private static String folder(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        return "postgres";
      }
      if (product.contains("mariadb") || product.contains("mysql")) {
        return "mysql";
      }
      return product.contains("sqlite") ? "sqlite" : "h2";
    }
  }
}
