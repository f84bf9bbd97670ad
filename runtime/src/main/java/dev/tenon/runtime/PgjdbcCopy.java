package dev.tenon.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The only class of the runtime that names pgjdbc types; {@link PostgresCopy} loads it only after
 * it saw pgjdbc on the class path, so the runtime works without the driver.
 */
final class PgjdbcCopy {
  private PgjdbcCopy() {}

  static boolean applies(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }

  /** Sends the pieces as one COPY; the rows the server stored. */
  static long copyIn(Connection connection, String copySql, List<byte[]> pieces) throws SQLException {
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
    try {
      for (byte[] piece : pieces) {
        copy.writeToCopy(piece, 0, piece.length);
      }
      return copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }
}
