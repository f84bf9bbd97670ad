package dev.tenon.processor.sql;

import dev.tenon.Dialect;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.WriteModel;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code DELETE}. Of an entity: {@code DELETE FROM t WHERE id = ? [AND version = ?]}. Declared:
 * {@code DELETE FROM t AS alias WHERE <where>}; MySQL/MariaDB take an alias only in the
 * multiple-table form, {@code DELETE alias FROM t AS alias WHERE …}, which both accept.
 */
final class DeleteSql {
  private DeleteSql() {}

  static PlannedWrite plan(WriteModel write, Dialect dialect) {
    String table = Identifiers.quote(dialect, write.entity().table());
    if (write.ofEntity()) {
      List<Property> key = new ArrayList<>(write.entity().ids());
      if (write.entity().version() != null) {
        key.add(write.entity().version());
      }
      String sql = "DELETE FROM " + table + "\nWHERE " + WritePlanner.matching(dialect, key);
      return new PlannedWrite(sql, key, List.of(), PlannedWrite.RowsBack.COUNT, null, List.of());
    }
    List<Binding> bindings = new ArrayList<>();
    ExpressionRenderer expressions = UpdateSql.renderer(write, dialect, bindings);
    String alias = Identifiers.quote(dialect, write.target().name());
    StringBuilder sql = new StringBuilder("DELETE ");
    if (dialect == Dialect.MYSQL) {
      sql.append(alias).append(' ');
    }
    sql.append("FROM ").append(table).append(" AS ").append(alias);
    UpdateSql.where(write, expressions, sql);
    return new PlannedWrite(sql.toString(), List.of(), bindings, PlannedWrite.RowsBack.COUNT, null, List.of());
  }
}
