package dev.tenon.examples.testing;

import java.sql.SQLException;

/** Makes a fresh, empty, isolated database for one test run. */
interface Provisioner {

  /**
   * Creates the place called {@code name} (an in-memory database, a schema, …).
   *
   * @throws Unreachable when the server cannot be reached
   */
  Provisioned provision(String name) throws Unreachable, SQLException;

  static Provisioner h2() {
    return new InMemoryH2();
  }

  static Provisioner postgres() {
    return new PostgresSchema(
        System.getenv().getOrDefault("TENON_PG_URL", PostgresSchema.DEFAULT_URL));
  }

  static Provisioner mariaDb() {
    return new MariaDbDatabase(
        System.getenv().getOrDefault("TENON_MYSQL_URL", MariaDbDatabase.DEFAULT_URL));
  }

  static Provisioner sqlite() {
    return new SqliteFile();
  }

  /** The server is not there: where it was looked for, and how a developer can start it. */
  final class Unreachable extends Exception {
    private static final long serialVersionUID = 1L;

    /** Its product name, e.g. {@code PostgreSQL}. */
    final String server;

    /** What a developer can do about it, e.g. {@code start it with …}. */
    final String howToStart;

    Unreachable(String server, String where, String howToStart, Throwable cause) {
      super(server + " not reachable at " + where + " (" + cause.getMessage() + ")", cause);
      this.server = server;
      this.howToStart = howToStart;
    }
  }
}
