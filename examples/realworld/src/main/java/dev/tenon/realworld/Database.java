package dev.tenon.realworld;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tenon.TenonPlugin;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The database behind the API: Flyway brings the schema up to date (one migration folder per
 * dialect, since identity columns are written differently), and JDBI with {@link TenonPlugin}
 * hands out the generated DAOs.
 */
public final class Database {

  private Database() {}

  /** A pooled data source for {@code url}; the user and password may be null (in the URL). */
  public static HikariDataSource pool(String url, String user, String password) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(10);
    config.setPoolName("conduit");
    return new HikariDataSource(config);
  }

  /** Applies the migrations of {@code url}'s dialect to {@code dataSource}. */
  public static void migrate(DataSource dataSource, String url) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/" + migrationFolder(url))
        .load()
        .migrate();
  }

  /** JDBI with Tenon's plugin on {@code dataSource}. */
  public static Jdbi jdbi(DataSource dataSource) {
    return Jdbi.create(dataSource).installPlugin(new TenonPlugin());
  }

  /** {@code h2}, {@code postgresql} or {@code mysql} (MariaDB too), from the JDBC URL. */
  static String migrationFolder(String url) {
    if (url.startsWith("jdbc:h2:")) {
      return "h2";
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return "postgresql";
    }
    if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
      return "mysql";
    }
    throw new IllegalArgumentException(
        "CONDUIT_DB_URL must be an H2, PostgreSQL or MariaDB/MySQL JDBC URL, not " + url);
  }
}
