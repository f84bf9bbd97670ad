package dev.tenon.examples.testing;

import org.jdbi.v3.core.Jdbi;

/**
 * The databases every example test runs on. Each gets its own isolated place per test run, loaded
 * once with the sample data and dropped at the end (see {@link SampleDatabases}): an in-memory H2
 * database, a PostgreSQL schema, a MariaDB database and an SQLite file.
 *
 * <p>Adding a database is one line here plus its {@link Provisioner} and JDBC driver.
 */
public enum TestDatabase {
  H2(Provisioner.h2()),
  POSTGRES(Provisioner.postgres()),
  MARIADB(Provisioner.mariaDb()),
  SQLITE(Provisioner.sqlite());

  private final Provisioner provisioner;

  TestDatabase(Provisioner provisioner) {
    this.provisioner = provisioner;
  }

  Provisioner provisioner() {
    return provisioner;
  }

  /**
   * JDBI with {@code TenonPlugin} on this database's sample. Fails the test when the server is
   * unreachable and {@code CI=true}; otherwise skips it with a message.
   */
  public Jdbi jdbi() {
    return SampleDatabases.jdbi(this);
  }

  /**
   * The sample's data source, for tests that put their own pool in front of it. Fails or skips as
   * {@link #jdbi()} does.
   */
  public javax.sql.DataSource dataSource() {
    return SampleDatabases.dataSource(this);
  }

  /** A DAO on this database's sample that opens a handle per call. */
  public <T> T onDemand(Class<T> dao) {
    return jdbi().onDemand(dao);
  }
}
