package dev.tenon.examples.testing;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * An isolated place to run tests in, and how to remove it.
 *
 * @param dataSource connections into that place only
 * @param where a description for messages, e.g. the URL
 * @param drop removes the place and everything in it
 */
record Provisioned(DataSource dataSource, String where, Drop drop) {

  /** Removes a provisioned place. */
  @FunctionalInterface
  interface Drop {
    void run() throws SQLException;
  }
}
