package dev.tenon.runtime;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Binds a call's arguments to a prepared statement by index. Written by the processor. */
@FunctionalInterface
public interface Binder {
  Binder NONE = statement -> {};

  void bind(PreparedStatement statement) throws SQLException;
}
