package dev.tenon.runtime;

import dev.tenon.Dialect;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Binds a call's arguments to a prepared statement by index. Written by the processor. The
 * dialect is passed because a few types bind differently per database (collections as an SQL
 * array or a JSON array).
 */
@FunctionalInterface
public interface Binder {
  Binder NONE = (statement, dialect) -> {};

  void bind(PreparedStatement statement, Dialect dialect) throws SQLException;
}
