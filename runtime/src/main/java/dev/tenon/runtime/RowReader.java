package dev.tenon.runtime;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the current row by column index. Written by the processor; no reflection. */
@FunctionalInterface
public interface RowReader<T> {
  T read(ResultSet row) throws SQLException;
}
