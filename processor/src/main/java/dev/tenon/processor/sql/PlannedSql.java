package dev.tenon.processor.sql;

import java.util.List;

/**
 * A statement for one dialect: its text and what each {@code ?} binds, in order.
 */
public record PlannedSql(String sql, List<Binding> bindings) {
  public PlannedSql {
    bindings = List.copyOf(bindings);
  }
}
