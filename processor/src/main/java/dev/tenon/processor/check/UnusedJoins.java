package dev.tenon.processor.check;

import dev.tenon.processor.expr.Node;
import dev.tenon.processor.expr.Nodes;
import dev.tenon.processor.expr.OrderItem;
import dev.tenon.processor.model.AggregateModel;
import dev.tenon.processor.model.Join;
import dev.tenon.processor.model.JoinType;
import dev.tenon.processor.model.RowShape;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The outer joins nothing uses: no component maps the alias, and no condition, sort, aggregate or
 * other join names it. Such a join changes no value in the result, but a to-many one still
 * repeats each root row once per related row, and every one costs the database a join. Django
 * drops such a relation; Tenon writes what is declared, so it warns ({@code unused-join}).
 *
 * <p>Inner joins are not counted: even unnamed, an inner join keeps only the roots that have a
 * related row ({@code distinct = true} with {@code @InnerJoin(path = "author.notes")} lists the
 * authors who wrote a note), which is a use.
 */
final class UnusedJoins {
  private UnusedJoins() {}

  static List<Join> find(
      List<Join> joins,
      RowShape row,
      Node where,
      List<OrderItem> orderBy,
      Collection<AggregateModel> aggregates,
      Collection<Node> otherConditions) {
    Set<String> used = new HashSet<>();
    mapped(row, used);
    named(where, null, used);
    for (Node condition : otherConditions) {
      named(condition, null, used);
    }
    for (OrderItem item : orderBy) {
      named(item.expr(), null, used);
    }
    for (Join join : joins) {
      // A join's own 'on' only filters its own rows; naming another alias uses that one.
      named(join.on(), join.alias().name(), used);
    }
    for (AggregateModel aggregate : aggregates) {
      used.add(aggregate.parent().name());
      named(aggregate.value(), aggregate.related().name(), used);
      named(aggregate.where(), aggregate.related().name(), used);
    }
    // Parents come before their children, so one pass from the end carries use up the chains.
    for (int i = joins.size() - 1; i >= 0; i--) {
      Join join = joins.get(i);
      if (used.contains(join.alias().name()) || join.type() == JoinType.INNER) {
        used.add(join.parent().name());
      }
    }
    List<Join> unused = new ArrayList<>();
    for (Join join : joins) {
      if (join.type() == JoinType.LEFT && !used.contains(join.alias().name())) {
        unused.add(join);
      }
    }
    return unused;
  }

  private static void mapped(RowShape row, Set<String> used) {
    if (row instanceof RowShape.EntityRow entity) {
      used.add(entity.alias().name());
      return;
    }
    if (row instanceof RowShape.ScalarRow scalar) {
      named(scalar.expression().expr(), null, used);
      return;
    }
    for (RowShape.Component component : ((RowShape.RecordRow) row).components()) {
      if (component instanceof RowShape.AliasComponent alias) {
        used.add(alias.alias().name());
      } else if (component instanceof RowShape.CollectionComponent collection) {
        used.add(collection.join().alias().name());
        mapped(collection.element(), used);
      } else if (component instanceof RowShape.ExprComponent expr) {
        named(expr.expression().expr(), null, used);
      }
    }
  }

  /** Adds the aliases {@code node} names, but {@code own}. */
  private static void named(Node node, String own, Set<String> used) {
    if (node == null) {
      return;
    }
    for (Node.Ref ref : Nodes.refs(node)) {
      if (ref.qualifier() != null && !ref.qualifier().equals(own)) {
        used.add(ref.qualifier());
      }
    }
  }
}
