package dev.tenon.processor.sql;

import dev.tenon.Dialect;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.expr.Nodes;
import dev.tenon.processor.expr.NullsOrder;
import dev.tenon.processor.expr.OrderItem;
import dev.tenon.processor.model.AggregateModel;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.Join;
import dev.tenon.processor.model.JoinType;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.QueryModel;
import dev.tenon.processor.model.Relation;
import dev.tenon.processor.model.SelectItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a checked {@link QueryModel} into the SQL text for one dialect and the order in which its
 * parameters bind. Pure: no annotation-processing types are touched here, so the planner is tested
 * with plain values (model in, exact SQL out).
 *
 * <p>Shape: {@code SELECT … FROM root root [LEFT OUTER|INNER] JOIN t alias ON (alias.fk = parent.pk
 * AND <on>) … WHERE … ORDER BY … LIMIT ? OFFSET ?}, one clause a line.
 */
public final class SqlPlanner {
  private SqlPlanner() {}

  /** The statement for {@code query} in {@code dialect}. */
  public static PlannedSql plan(QueryModel query, Dialect dialect) {
    if (dialect == Dialect.AUTO) {
      throw new IllegalArgumentException("plan for a concrete dialect, not AUTO");
    }
    Map<String, Alias> aliases = query.aliases();
    List<Binding> bindings = new ArrayList<>();
    Map<String, AggregateModel> aggregates = new LinkedHashMap<>();
    for (AggregateModel aggregate : query.aggregates()) {
      aggregates.put(aggregate.as(), aggregate);
    }
    ExpressionRenderer expressions =
        new ExpressionRenderer(dialect, aliases, query.parameters(), bindings, aggregates);
    StringBuilder sql = new StringBuilder("SELECT ");
    if (query.distinct()) {
      sql.append("DISTINCT ");
    }
    selectList(query.select(), dialect, expressions, sql, false);
    fromToHaving(query, dialect, expressions, sql);
    if (!query.orderBy().isEmpty() || !query.foldKeys().isEmpty()) {
      sql.append("\nORDER BY ").append(String.join(", ", orderItems(query, dialect, expressions)));
    }
    if (query.limit() != null || query.offset() != null) {
      sql.append('\n')
          .append(DialectRules.paging(dialect, query.limit() != null, query.offset() != null));
      if (query.limit() != null) {
        bindings.add(new Binding(query.limit(), false));
      }
      if (query.offset() != null) {
        bindings.add(new Binding(query.offset(), false));
      }
    }
    String lock =
        DialectRules.lock(dialect, query.lock(), Identifiers.quote(dialect, query.root().name()));
    if (lock != null) {
      sql.append('\n').append(lock);
    }
    return new PlannedSql(sql.toString(), bindings);
  }

  /**
   * The statement counting the rows {@code query} matches without paging, for {@code Page}'s
   * total: {@code SELECT COUNT(*) FROM … WHERE …}, with no ORDER BY, paging or lock. A grouped or
   * DISTINCT query is counted from a derived table of its rows, whose columns are labelled {@code
   * c1, c2 …} because MySQL refuses a derived table with two columns of one name ({@code id}).
   */
  public static PlannedSql planCount(QueryModel query, Dialect dialect) {
    if (dialect == Dialect.AUTO) {
      throw new IllegalArgumentException("plan for a concrete dialect, not AUTO");
    }
    List<Binding> bindings = new ArrayList<>();
    Map<String, AggregateModel> aggregates = new LinkedHashMap<>();
    for (AggregateModel aggregate : query.aggregates()) {
      aggregates.put(aggregate.as(), aggregate);
    }
    ExpressionRenderer expressions =
        new ExpressionRenderer(dialect, query.aliases(), query.parameters(), bindings, aggregates);
    boolean derived = query.distinct() || !query.groupBy().isEmpty();
    StringBuilder sql = new StringBuilder(derived ? "SELECT COUNT(*) FROM (SELECT " : "SELECT COUNT(*)");
    if (query.distinct()) {
      sql.append("DISTINCT ");
      selectList(query.select(), dialect, expressions, sql, true);
    } else if (derived) {
      sql.append('1');
    }
    fromToHaving(query, dialect, expressions, sql);
    if (derived) {
      sql.append(") ").append(Identifiers.quote(dialect, "counted"));
    }
    return new PlannedSql(sql.toString(), bindings);
  }

  /** FROM, the joins, the aggregates' derived tables, WHERE, GROUP BY and HAVING. */
  private static void fromToHaving(
      QueryModel query, Dialect dialect, ExpressionRenderer expressions, StringBuilder sql) {
    sql.append("\nFROM ")
        .append(Identifiers.quote(dialect, query.root().entity().table()))
        .append(' ')
        .append(Identifiers.quote(dialect, query.root().name()));
    joins(query.joins(), dialect, expressions, sql);
    for (AggregateModel aggregate : query.aggregates()) {
      if (!aggregate.correlated()) {
        Aggregates.join(aggregate, expressions, sql);
      }
    }
    if (query.where() != null) {
      sql.append("\nWHERE ");
      expressions.renderTop(query.where(), sql);
    }
    groupBy(query, dialect, expressions, sql);
  }

  /**
   * GROUP BY the user's items, then every other column of each alias grouped by its {@code @Id}
   * (so its whole entity may be selected on H2 too, which knows no functional dependency), then
   * HAVING.
   */
  private static void groupBy(
      QueryModel query, Dialect dialect, ExpressionRenderer expressions, StringBuilder sql) {
    if (query.groupBy().isEmpty()) {
      if (query.having() != null) {
        throw new IllegalStateException("HAVING without GROUP BY (checked)");
      }
      return;
    }
    List<String> items = new ArrayList<>();
    for (Node item : query.groupBy()) {
      StringBuilder rendered = new StringBuilder();
      expressions.renderTop(item, rendered);
      if (!items.contains(rendered.toString())) {
        items.add(rendered.toString());
      }
    }
    for (Alias alias : query.groupedEntities()) {
      for (Property property : alias.entity().properties()) {
        String column =
            Identifiers.quote(dialect, alias.name()) + '.' + Identifiers.quote(dialect, property.column());
        if (!items.contains(column)) {
          items.add(column);
        }
      }
    }
    sql.append("\nGROUP BY ").append(String.join(", ", items));
    if (query.having() != null) {
      sql.append("\nHAVING ");
      expressions.renderTop(query.having(), sql);
    }
  }

  /**
   * The user's sort items, with the keys of folded levels where folding needs them: the root's
   * key right after the leading items that sort roots (so one root's rows stay together even when
   * a later item sorts a collection's rows), and each collection's key at the end.
   */
  private static List<String> orderItems(
      QueryModel query, Dialect dialect, ExpressionRenderer expressions) {
    Set<String> underCollections = new HashSet<>();
    for (int i = 1; i < query.foldKeys().size(); i++) {
      underCollections.add(query.foldKeys().get(i).name());
    }
    for (Join join : query.joins()) {
      if (underCollections.contains(join.parent().name())) {
        underCollections.add(join.alias().name());
      }
    }
    List<String> items = new ArrayList<>();
    boolean rootKeysAdded = query.foldKeys().isEmpty();
    for (OrderItem item : query.orderBy()) {
      if (!rootKeysAdded
          && Nodes.refs(item.expr()).stream().anyMatch(r -> underCollections.contains(r.qualifier()))) {
        addKeys(query.foldKeys().get(0), dialect, items);
        rootKeysAdded = true;
      }
      StringBuilder rendered = new StringBuilder();
      orderItem(item, expressions, rendered);
      items.add(rendered.toString());
    }
    for (Alias alias : query.foldKeys()) {
      addKeys(alias, dialect, items);
    }
    return items;
  }

  /** Adds the alias's key columns to the sort, unless it already sorts by them. */
  private static void addKeys(Alias alias, Dialect dialect, List<String> items) {
    for (Property id : alias.entity().ids()) {
      String key =
          Identifiers.quote(dialect, alias.name()) + '.' + Identifiers.quote(dialect, id.column());
      if (!items.contains(key) && !items.contains(key + " DESC")) {
        items.add(key);
      }
    }
  }

  private static void selectList(
      List<SelectItem> items,
      Dialect dialect,
      ExpressionRenderer expressions,
      StringBuilder sql,
      boolean labelled) {
    boolean first = true;
    int[] column = {0};
    for (SelectItem item : items) {
      if (item instanceof SelectItem.EntityColumns columns) {
        String alias = Identifiers.quote(dialect, columns.alias().name());
        for (Property property : columns.alias().entity().properties()) {
          if (!first) {
            sql.append(", ");
          }
          first = false;
          sql.append(alias).append('.').append(Identifiers.quote(dialect, property.column()));
          label(labelled, column, sql);
        }
      } else if (item instanceof SelectItem.AggregateValue value) {
        if (!first) {
          sql.append(", ");
        }
        first = false;
        expressions.aggregateValue(value.aggregate(), sql);
        label(labelled, column, sql);
      } else if (item instanceof SelectItem.Expression expression) {
        if (!first) {
          sql.append(", ");
        }
        first = false;
        expressions.renderTop(expression.expr(), sql);
        label(labelled, column, sql);
      }
    }
  }

  private static void label(boolean labelled, int[] column, StringBuilder sql) {
    if (labelled) {
      sql.append(" AS c").append(++column[0]);
    }
  }

  /**
   * The joins in order. An inner join under an outer-joined alias is nested inside that outer
   * join — {@code LEFT OUTER JOIN (note n INNER JOIN user u ON (…)) ON (…)} — so it filters the
   * outer join's rows instead of dropping the roots they would have extended.
   */
  private static void joins(
      List<Join> joins, Dialect dialect, ExpressionRenderer expressions, StringBuilder sql) {
    Set<Join> nested = new HashSet<>();
    for (Join join : joins) {
      if (nested.contains(join)) {
        continue;
      }
      List<Join> group = join.type() == JoinType.LEFT ? innerUnder(join, joins) : List.of();
      nested.addAll(group);
      sql.append('\n').append(join.type().sql()).append(' ');
      if (!group.isEmpty()) {
        sql.append('(');
      }
      table(join, dialect, sql);
      for (Join inner : group) {
        sql.append(' ').append(inner.type().sql()).append(' ');
        table(inner, dialect, sql);
        on(inner, dialect, expressions, sql);
      }
      if (!group.isEmpty()) {
        sql.append(')');
      }
      on(join, dialect, expressions, sql);
    }
  }

  /** The inner joins that hang, through inner joins only, under the outer join {@code outer}. */
  private static List<Join> innerUnder(Join outer, List<Join> joins) {
    Set<String> group = new HashSet<>(Set.of(outer.alias().name()));
    List<Join> inner = new ArrayList<>();
    for (Join join : joins) {
      if (join.type() == JoinType.INNER && group.contains(join.parent().name())) {
        group.add(join.alias().name());
        inner.add(join);
      }
    }
    return inner;
  }

  private static void table(Join join, Dialect dialect, StringBuilder sql) {
    sql.append(Identifiers.quote(dialect, join.relation().target().table()))
        .append(' ')
        .append(Identifiers.quote(dialect, join.alias().name()));
  }

  private static void on(
      Join join, Dialect dialect, ExpressionRenderer expressions, StringBuilder sql) {
    Relation relation = join.relation();
    String alias = Identifiers.quote(dialect, join.alias().name());
    String parent = Identifiers.quote(dialect, join.parent().name());
    sql.append(" ON (");
    boolean first = true;
    for (Relation.KeyPair key : relation.keys()) {
      if (!first) {
        sql.append(" AND ");
      }
      first = false;
      sql.append(alias)
          .append('.')
          .append(Identifiers.quote(dialect, key.remote().column()))
          .append(" = ")
          .append(parent)
          .append('.')
          .append(Identifiers.quote(dialect, key.local().column()));
    }
    if (join.on() != null) {
      sql.append(" AND ");
      expressions.renderConjunct(join.on(), sql);
    }
    sql.append(')');
  }

  /**
   * One ORDER BY item. NULLS FIRST/LAST is written as is where the dialect has it. MySQL/MariaDB
   * lack it: there a leading {@code x IS NULL} key (false before true) puts the nulls, and only
   * where the wanted place is not MySQL's own (nulls sort as the smallest value). An item with
   * parameters takes that form on every dialect, because {@code x} is written twice and every
   * dialect's SQL must bind the same parameters in the same order.
   */
  private static void orderItem(OrderItem item, ExpressionRenderer expressions, StringBuilder sql) {
    Dialect dialect = expressions.dialect();
    boolean nullsFirst = item.nulls() == NullsOrder.FIRST;
    boolean nullsKey =
        item.nulls() != NullsOrder.NONE
            && (!Nodes.params(item.expr()).isEmpty()
                || !DialectRules.hasNullsOrdering(dialect)
                    && DialectRules.nullsFirstByDefault(dialect, item.descending()) != nullsFirst);
    if (nullsKey) {
      Node expr = item.expr();
      expressions.renderTop(new Node.IsNull(expr, false, expr.start(), expr.end()), sql);
      sql.append(nullsFirst ? " DESC, " : ", ");
    }
    expressions.renderTop(item.expr(), sql);
    if (item.descending()) {
      sql.append(" DESC");
    }
    if (nullsKey || !DialectRules.hasNullsOrdering(dialect)) {
      return;
    }
    if (item.nulls() == NullsOrder.FIRST) {
      sql.append(" NULLS FIRST");
    } else if (item.nulls() == NullsOrder.LAST) {
      sql.append(" NULLS LAST");
    }
  }
}
