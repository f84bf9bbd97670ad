package dev.tenon.processor.sql;

import dev.tenon.Dialect;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.AggregateModel;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.WriteModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code UPDATE}. Of an entity: {@code UPDATE t SET <every other column> = ?, version = version +
 * 1 WHERE id = ? AND version = ?}. Declared: {@code UPDATE t AS alias SET c = <expr>, … WHERE
 * <where>}, the same on all four dialects (each accepts {@code AS alias} there, and an unqualified
 * column on the left of {@code SET}); an {@code @Exists}/{@code @Count} is a correlated subquery.
 * A {@code @Version} column is incremented by every update, declared or not, so a copy read
 * before it is stale.
 */
final class UpdateSql {
  private UpdateSql() {}

  static PlannedWrite plan(WriteModel write, Dialect dialect) {
    String table = Identifiers.quote(dialect, write.entity().table());
    Property version = write.entity().version();
    if (write.ofEntity()) {
      List<Property> set =
          write.entity().properties().stream().filter(p -> !p.id() && !p.version()).toList();
      List<Property> key = new ArrayList<>(write.entity().ids());
      if (version != null) {
        key.add(version);
      }
      StringBuilder sql =
          new StringBuilder("UPDATE ").append(table).append("\nSET ").append(WritePlanner.join(set, p -> Identifiers.quote(dialect, p.column()) + " = ?", ", "));
      if (version != null) {
        String column = Identifiers.quote(dialect, version.column());
        sql.append(", ").append(column).append(" = ").append(column).append(" + 1");
      }
      sql.append("\nWHERE ").append(WritePlanner.matching(dialect, key));
      List<Property> bound = new ArrayList<>(set);
      bound.addAll(key);
      return new PlannedWrite(sql.toString(), bound, List.of(), PlannedWrite.RowsBack.COUNT, null, List.of());
    }
    List<Binding> bindings = new ArrayList<>();
    ExpressionRenderer expressions = renderer(write, dialect, bindings);
    String alias = Identifiers.quote(dialect, write.target().name());
    StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" AS ").append(alias).append("\nSET ");
    for (int i = 0; i < write.set().size(); i++) {
      WriteModel.Assignment assignment = write.set().get(i);
      sql.append(i > 0 ? ", " : "").append(Identifiers.quote(dialect, assignment.property().column())).append(" = ");
      expressions.renderTop(assignment.value(), sql);
    }
    if (version != null) {
      String column = Identifiers.quote(dialect, version.column());
      sql.append(", ").append(column).append(" = ").append(alias).append('.').append(column).append(" + 1");
    }
    where(write, expressions, sql);
    return new PlannedWrite(sql.toString(), List.of(), bindings, PlannedWrite.RowsBack.COUNT, null, List.of());
  }

  /** A renderer for a declared write's {@code set} and {@code where}, its aggregates correlated. */
  static ExpressionRenderer renderer(WriteModel write, Dialect dialect, List<Binding> bindings) {
    Map<String, Alias> aliases = new LinkedHashMap<>();
    aliases.put(write.target().name(), write.target());
    Map<String, AggregateModel> aggregates = new LinkedHashMap<>();
    for (AggregateModel aggregate : write.aggregates()) {
      aggregates.put(aggregate.as(), aggregate);
    }
    return new ExpressionRenderer(dialect, aliases, write.parameters(), bindings, aggregates);
  }

  static void where(WriteModel write, ExpressionRenderer expressions, StringBuilder sql) {
    if (write.where() != null) {
      sql.append("\nWHERE ");
      expressions.renderTop(write.where(), sql);
    }
  }
}
