package dev.tenon.runtime;

import dev.tenon.Dialect;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Binds one entity's values to a write statement by index. Written by the processor. */
@FunctionalInterface
public interface RowBinder<E> {
  void bind(PreparedStatement statement, Dialect dialect, E row) throws SQLException;
}
