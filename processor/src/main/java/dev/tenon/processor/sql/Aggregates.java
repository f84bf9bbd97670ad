package dev.tenon.processor.sql;

import dev.tenon.Dialect;
import dev.tenon.processor.model.AggregateKind;
import dev.tenon.processor.model.AggregateModel;
import dev.tenon.processor.model.Relation;

/**
 * SQL for {@code @Count}, {@code @Exists} and {@code @Aggregate}.
 *
 * <p>The usual shape is a derived table, aggregated once over the filtered related rows and
 * LEFT-joined once on the key, so a root without related rows keeps its row (count 0, exists
 * false, sum NULL), other joins cannot multiply the value, and {@code @Where} / {@code @OrderBy}
 * read a column instead of computing a subquery again:
 *
 * <pre>
 * LEFT OUTER JOIN (SELECT coupons.asset_id AS k1, COUNT(*) AS v FROM coupon coupons
 *   WHERE coupons.device_id = ? GROUP BY coupons.asset_id) saved ON (saved.k1 = asset.id)
 * </pre>
 *
 * <p>An aggregate whose {@code where} or {@code value} names an outer alias cannot be
 * pre-aggregated; it is a correlated scalar subquery in the SELECT list instead (and the checker
 * keeps it out of {@code @Where} and {@code @OrderBy}, where it would be computed again).
 */
final class Aggregates {
  private Aggregates() {}

  /** The derived-table join for a non-correlated aggregate. */
  static void join(AggregateModel aggregate, ExpressionRenderer outer, StringBuilder sql) {
    Dialect dialect = outer.dialect();
    ExpressionRenderer inner = outer.with(aggregate.related());
    Relation relation = aggregate.relation();
    String related = Identifiers.quote(dialect, aggregate.related().name());
    String table = Identifiers.quote(dialect, aggregate.as());
    sql.append("\nLEFT OUTER JOIN (SELECT ");
    if (aggregate.kind() == AggregateKind.EXISTS) {
      sql.append("DISTINCT ");
    }
    StringBuilder keys = new StringBuilder();
    for (int i = 0; i < relation.keys().size(); i++) {
      if (i > 0) {
        keys.append(", ");
      }
      keys.append(related)
          .append('.')
          .append(Identifiers.quote(dialect, relation.keys().get(i).remote().column()));
      sql.append(i > 0 ? ", " : "")
          .append(related)
          .append('.')
          .append(Identifiers.quote(dialect, relation.keys().get(i).remote().column()))
          .append(" AS k")
          .append(i + 1);
    }
    if (aggregate.kind() != AggregateKind.EXISTS) {
      sql.append(", ");
      function(aggregate, inner, sql);
      sql.append(" AS v");
    }
    sql.append(" FROM ")
        .append(Identifiers.quote(dialect, relation.target().table()))
        .append(' ')
        .append(related);
    if (aggregate.where() != null) {
      sql.append(" WHERE ");
      inner.renderTop(aggregate.where(), sql);
    }
    if (aggregate.kind() != AggregateKind.EXISTS) {
      sql.append(" GROUP BY ").append(keys);
    }
    sql.append(") ").append(table).append(" ON (");
    String parent = Identifiers.quote(dialect, aggregate.parent().name());
    for (int i = 0; i < relation.keys().size(); i++) {
      if (i > 0) {
        sql.append(" AND ");
      }
      sql.append(table)
          .append(".k")
          .append(i + 1)
          .append(" = ")
          .append(parent)
          .append('.')
          .append(Identifiers.quote(dialect, relation.keys().get(i).local().column()));
    }
    sql.append(')');
  }

  /** The correlated scalar subquery of an aggregate that names outer aliases. */
  static void correlated(AggregateModel aggregate, ExpressionRenderer outer, StringBuilder sql) {
    Dialect dialect = outer.dialect();
    ExpressionRenderer inner = outer.with(aggregate.related());
    Relation relation = aggregate.relation();
    String related = Identifiers.quote(dialect, aggregate.related().name());
    boolean exists = aggregate.kind() == AggregateKind.EXISTS;
    sql.append(exists ? "(EXISTS (SELECT 1" : "(SELECT ");
    if (!exists) {
      function(aggregate, inner, sql);
    }
    sql.append(" FROM ")
        .append(Identifiers.quote(dialect, relation.target().table()))
        .append(' ')
        .append(related)
        .append(" WHERE ");
    String parent = Identifiers.quote(dialect, aggregate.parent().name());
    for (int i = 0; i < relation.keys().size(); i++) {
      if (i > 0) {
        sql.append(" AND ");
      }
      sql.append(related)
          .append('.')
          .append(Identifiers.quote(dialect, relation.keys().get(i).remote().column()))
          .append(" = ")
          .append(parent)
          .append('.')
          .append(Identifiers.quote(dialect, relation.keys().get(i).local().column()));
    }
    if (aggregate.where() != null) {
      sql.append(" AND ");
      inner.renderConjunct(aggregate.where(), sql);
    }
    sql.append(exists ? "))" : ")");
  }

  private static void function(AggregateModel aggregate, ExpressionRenderer inner, StringBuilder sql) {
    switch (aggregate.kind()) {
      case COUNT_ROWS -> sql.append("COUNT(*)");
      case COUNT, SUM, AVG, MIN, MAX -> {
        sql.append(aggregate.kind().name()).append('(');
        inner.renderTop(aggregate.value(), sql);
        sql.append(')');
      }
      default -> throw new IllegalStateException("no function for " + aggregate.kind());
    }
  }
}
