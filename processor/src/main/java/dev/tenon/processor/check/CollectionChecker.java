package dev.tenon.processor.check;

import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.Messages;
import dev.tenon.processor.expr.BinaryOp;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.expr.Nodes;
import dev.tenon.processor.expr.NullsOrder;
import dev.tenon.processor.expr.OrderItem;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.BatchModel;
import dev.tenon.processor.model.Join;
import dev.tenon.processor.model.Parameter;
import dev.tenon.processor.model.ParameterRole;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.QueryModel;
import dev.tenon.processor.model.ReturnKind;
import dev.tenon.processor.model.RowShape;
import dev.tenon.processor.model.SelectItem;
import dev.tenon.Fetch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides how a row's collections are loaded: folded from the main statement ({@code Fetch.JOIN},
 * which sorts by each level's key so a value's rows arrive together), or by one more statement
 * for all roots ({@code Fetch.BATCH}, which pages right). Reports the combinations that cannot
 * work.
 */
final class CollectionChecker {
  private final Diagnostics diagnostics;

  CollectionChecker(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** What the main statement keeps and what each batch statement loads. */
  record Plan(List<Join> mainJoins, List<Alias> foldKeys, List<BatchModel> batches, boolean folded) {}

  Plan plan(
      String method,
      Alias root,
      List<Join> joins,
      RowShape row,
      ReturnKind kind,
      Parameter limit,
      Parameter offset,
      Map<String, Parameter> parameters,
      dev.tenon.processor.model.Origin origin) {
    List<RowShape.CollectionComponent> top = new ArrayList<>();
    if (row instanceof RowShape.RecordRow record) {
      for (RowShape.Component component : record.components()) {
        if (component instanceof RowShape.CollectionComponent collection) {
          top.add(collection);
        }
      }
    }
    if (top.isEmpty()) {
      for (Join join : joins) {
        if (join.fetch() == Fetch.BATCH) {
          diagnostics.error(
              join.origin(),
              join.relation().toMany()
                  ? Messages.unmappedBatch(join.alias().name())
                  : Messages.batchToOne(join.alias().name()));
        }
      }
      return new Plan(joins, List.of(), List.of(), false);
    }
    Set<String> batchedAliases = new HashSet<>();
    List<BatchModel> batches = new ArrayList<>();
    List<Alias> foldKeys = new ArrayList<>();
    foldKeys.add(root);
    for (RowShape.CollectionComponent collection : top) {
      Join join = collection.join();
      if (!collection.batched()) {
        joinKeys(collection, foldKeys, origin);
        continue;
      }
      if (!check(collection, root, joins, kind)) {
        continue;
      }
      List<Join> under = under(join.alias().name(), joins);
      batchedAliases.add(join.alias().name());
      under.forEach(j -> batchedAliases.add(j.alias().name()));
      batches.add(new BatchModel(collection, batchQuery(method, collection, under, parameters)));
    }
    if ((limit != null || offset != null) && foldKeys.size() > 1) {
      diagnostics.error(
          limit != null ? limit.origin() : offset.origin(),
          Messages.pagingWithFoldedCollection(foldKeys.get(1).name()));
    }
    for (Join join : joins) {
      if (join.fetch() == Fetch.BATCH
          && !batchedAliases.contains(join.alias().name())
          && !mapped(top, join)) {
        diagnostics.error(
              join.origin(),
              join.relation().toMany()
                  ? Messages.unmappedBatch(join.alias().name())
                  : Messages.batchToOne(join.alias().name()));
      }
    }
    List<Join> main = joins.stream().filter(j -> !batchedAliases.contains(j.alias().name())).toList();
    return new Plan(main, foldKeys.size() > 1 ? foldKeys : List.of(), batches, true);
  }

  /** Adds the keys of a JOIN collection and its nested collections, depth first. */
  private void joinKeys(
      RowShape.CollectionComponent collection,
      List<Alias> keys,
      dev.tenon.processor.model.Origin origin) {
    keys.add(collection.join().alias());
    if (collection.element() instanceof RowShape.RecordRow record) {
      for (RowShape.Component component : record.components()) {
        if (component instanceof RowShape.CollectionComponent nested) {
          if (nested.batched()) {
            diagnostics.error(
                nested.join().origin(), Messages.batchNotTopLevel(nested.join().alias().name()));
          }
          joinKeys(nested, keys, origin);
        }
      }
    }
  }

  private boolean check(
      RowShape.CollectionComponent collection, Alias root, List<Join> joins, ReturnKind kind) {
    Join join = collection.join();
    String alias = join.alias().name();
    boolean ok = true;
    if (kind == ReturnKind.STREAM) {
      diagnostics.error(join.origin(), Messages.streamWithBatch(alias));
      ok = false;
    }
    if (!join.parent().name().equals(root.name())) {
      diagnostics.error(join.origin(), Messages.batchNotFromRoot(alias, root.name()));
      ok = false;
    }
    if (join.relation().keys().size() != 1 || root.entity().ids().size() != 1) {
      diagnostics.error(join.origin(), Messages.batchCompositeKey(alias));
      ok = false;
    }
    if (join.on() != null) {
      for (Node.Ref ref : Nodes.refs(join.on())) {
        if (!alias.equals(ref.qualifier())) {
          diagnostics.error(join.origin(), Messages.batchOnOuterAlias(alias, ref.qualifier()));
          ok = false;
          break;
        }
      }
    }
    if (collection.element() instanceof RowShape.RecordRow record) {
      for (RowShape.Component component : record.components()) {
        if (component instanceof RowShape.CollectionComponent nested && nested.batched()) {
          diagnostics.error(
              nested.join().origin(), Messages.batchNotTopLevel(nested.join().alias().name()));
          ok = false;
        }
      }
    }
    return ok;
  }

  /** Whether {@code join} fills one of these collections or one nested in them. */
  private static boolean mapped(List<RowShape.CollectionComponent> collections, Join join) {
    for (RowShape.CollectionComponent collection : collections) {
      if (collection.join() == join) {
        return true;
      }
      if (collection.element() instanceof RowShape.RecordRow record
          && mapped(
              record.components().stream()
                  .filter(RowShape.CollectionComponent.class::isInstance)
                  .map(RowShape.CollectionComponent.class::cast)
                  .toList(),
              join)) {
        return true;
      }
    }
    return false;
  }

  /** Joins whose parent chain passes through {@code ancestor}, in declaration order. */
  private static List<Join> under(String ancestor, List<Join> joins) {
    Set<String> inside = new HashSet<>(Set.of(ancestor));
    List<Join> result = new ArrayList<>();
    for (Join join : joins) {
      if (inside.contains(join.parent().name())) {
        inside.add(join.alias().name());
        result.add(join);
      }
    }
    return result;
  }

  /**
   * {@code SELECT fk, <element columns> FROM child child [joins under it] WHERE child.fk IN
   * (:#keys) AND <on> ORDER BY fk, <keys of each level>}.
   */
  private static QueryModel batchQuery(
      String method,
      RowShape.CollectionComponent collection,
      List<Join> under,
      Map<String, Parameter> parameters) {
    Join join = collection.join();
    Alias child = new Alias(join.alias().name(), join.alias().entity(), false);
    Property foreignKey = join.relation().keys().get(0).remote();
    Property parentKey = join.relation().keys().get(0).local();
    Node.Ref keyRef = new Node.Ref(child.name(), foreignKey.name(), 0, 0);
    Node where = new Node.In(keyRef, List.of(new Node.Param(BatchModel.KEYS, 0, 0)), false, 0, 0);
    if (join.on() != null) {
      where = new Node.Binary(BinaryOp.AND, where, join.on(), 0, 0);
    }
    Map<String, Parameter> batchParameters = new LinkedHashMap<>(parameters);
    batchParameters.put(
        BatchModel.KEYS,
        new Parameter(BatchModel.KEYS, parentKey.type(), true, ParameterRole.VALUE, join.origin()));
    List<SelectItem> select = new ArrayList<>();
    select.add(new SelectItem.Expression(keyRef, foreignKey.type()));
    RowShape element = collection.element();
    RowShape.addElementItems(collection, select);
    List<Alias> foldKeys = new ArrayList<>();
    foldKeys.add(child);
    if (element instanceof RowShape.RecordRow record) {
      for (RowShape.Component component : record.components()) {
        if (component instanceof RowShape.CollectionComponent nested) {
          nestedKeys(nested, foldKeys);
        }
      }
    }
    List<Join> joins =
        under.stream()
            .map(
                j ->
                    j.parent().name().equals(child.name())
                        ? new Join(j.type(), child, j.relation(), j.alias(), j.on(), j.fetch(), j.origin())
                        : j)
            .toList();
    return new QueryModel(
        method + "[" + child.name() + "]",
        false,
        child,
        joins,
        where,
        List.of(new OrderItem(keyRef, false, NullsOrder.NONE)),
        select,
        null,
        null,
        batchParameters,
        List.of(),
        foldKeys);
  }

  private static void nestedKeys(RowShape.CollectionComponent collection, List<Alias> keys) {
    keys.add(collection.join().alias());
    if (collection.element() instanceof RowShape.RecordRow record) {
      for (RowShape.Component component : record.components()) {
        if (component instanceof RowShape.CollectionComponent nested) {
          nestedKeys(nested, keys);
        }
      }
    }
  }
}
