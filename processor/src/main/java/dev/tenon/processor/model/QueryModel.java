package dev.tenon.processor.model;

import dev.tenon.Lock;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.expr.OrderItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked query, every name resolved: what the SQL planner turns into SQL.
 *
 * @param where the {@code @Where} condition, or null
 * @param limit the {@code @Limit} parameter, or null
 * @param offset the {@code @Offset} parameter, or null
 * @param parameters every method parameter by name
 * @param aggregates {@code @Count}, {@code @Exists} and {@code @Aggregate} values, in declaration
 *     order
 * @param foldKeys aliases whose keys are appended to ORDER BY, so rows folded into one value
 *     arrive together (root first, then each collection)
 * @param lock the row lock of {@code @Select(lock = …)}
 * @param groupBy the {@code @GroupBy} items, empty when not grouped
 * @param groupedEntities aliases grouped by their {@code @Id}: the SQL groups by each of their
 *     other columns too, which H2 (and MySQL with ONLY_FULL_GROUP_BY) need to select them
 * @param having the {@code @Having} condition, or null
 * @param optionalWheres the {@code @Where(optional = true)} conditions, each left out of a call
 *     where a parameter it names is null: one statement per combination (see {@link #variant})
 */
public record QueryModel(
    String method,
    boolean distinct,
    Alias root,
    List<Join> joins,
    Node where,
    List<OrderItem> orderBy,
    List<SelectItem> select,
    Parameter limit,
    Parameter offset,
    Map<String, Parameter> parameters,
    List<AggregateModel> aggregates,
    List<Alias> foldKeys,
    Lock lock,
    List<Node> groupBy,
    List<Alias> groupedEntities,
    Node having,
    List<OptionalWhere> optionalWheres) {

  /**
   * One optional condition: its tree, the parameters whose nulls leave it out, and the aggregates
   * only optional conditions use (each kept while any condition using it is).
   */
  public record OptionalWhere(Node condition, List<String> parameters, List<String> aggregates) {
    public OptionalWhere {
      parameters = List.copyOf(parameters);
      aggregates = List.copyOf(aggregates);
    }
  }

  public QueryModel {
    optionalWheres = List.copyOf(optionalWheres);
    lock = lock == null ? Lock.NONE : lock;
    groupBy = List.copyOf(groupBy);
    groupedEntities = List.copyOf(groupedEntities);
    foldKeys = List.copyOf(foldKeys);
    joins = List.copyOf(joins);
    aggregates = List.copyOf(aggregates);
    orderBy = List.copyOf(orderBy);
    select = List.copyOf(select);
    parameters = new LinkedHashMap<>(parameters);
  }

  /** A query without a lock. */
  public QueryModel(
      String method,
      boolean distinct,
      Alias root,
      List<Join> joins,
      Node where,
      List<OrderItem> orderBy,
      List<SelectItem> select,
      Parameter limit,
      Parameter offset,
      Map<String, Parameter> parameters,
      List<AggregateModel> aggregates,
      List<Alias> foldKeys) {
    this(method, distinct, root, joins, where, orderBy, select, limit, offset, parameters,
        aggregates, foldKeys, Lock.NONE, List.of(), List.of(), null, List.of());
  }

  /** The same query with {@code lock}. */
  public QueryModel withLock(Lock lock) {
    return new QueryModel(method, distinct, root, joins, where, orderBy, select, limit, offset,
        parameters, aggregates, foldKeys, lock, groupBy, groupedEntities, having, optionalWheres);
  }

  /** The same query grouped. */
  public QueryModel withGrouping(List<Node> groupBy, List<Alias> groupedEntities, Node having) {
    return new QueryModel(method, distinct, root, joins, where, orderBy, select, limit, offset,
        parameters, aggregates, foldKeys, lock, groupBy, groupedEntities, having, optionalWheres);
  }

  /** The same query with optional conditions. */
  public QueryModel withOptionalWheres(List<OptionalWhere> optional) {
    return new QueryModel(method, distinct, root, joins, where, orderBy, select, limit, offset,
        parameters, aggregates, foldKeys, lock, groupBy, groupedEntities, having, optional);
  }

  /**
   * The statement of one combination: bit {@code i} of {@code included} keeps optional condition
   * {@code i}, ANDed after the fixed ones; an aggregate only left-out conditions use is dropped.
   */
  public QueryModel variant(int included) {
    Node combined = where;
    java.util.Set<String> kept = new java.util.HashSet<>();
    java.util.Set<String> optionalOnly = new java.util.HashSet<>();
    for (int i = 0; i < optionalWheres.size(); i++) {
      OptionalWhere optional = optionalWheres.get(i);
      optionalOnly.addAll(optional.aggregates());
      if ((included & (1 << i)) == 0) {
        continue;
      }
      kept.addAll(optional.aggregates());
      Node condition = optional.condition();
      combined =
          combined == null
              ? condition
              : new Node.Binary(
                  dev.tenon.processor.expr.BinaryOp.AND, combined, condition, 0, 0);
    }
    List<AggregateModel> used = new java.util.ArrayList<>();
    for (AggregateModel aggregate : aggregates) {
      if (!optionalOnly.contains(aggregate.as()) || kept.contains(aggregate.as())) {
        used.add(aggregate);
      }
    }
    return new QueryModel(method, distinct, root, joins, combined, orderBy, select, limit, offset,
        parameters, used, foldKeys, lock, groupBy, groupedEntities, having, List.of());
  }

  /** A query without aggregates. */
  public QueryModel(
      String method,
      boolean distinct,
      Alias root,
      List<Join> joins,
      Node where,
      List<OrderItem> orderBy,
      List<SelectItem> select,
      Parameter limit,
      Parameter offset,
      Map<String, Parameter> parameters) {
    this(
        method,
        distinct,
        root,
        joins,
        where,
        orderBy,
        select,
        limit,
        offset,
        parameters,
        List.of(),
        List.of());
  }

  /** The aggregate named {@code as}, or null. */
  public AggregateModel aggregate(String as) {
    for (AggregateModel aggregate : aggregates) {
      if (aggregate.as().equals(as)) {
        return aggregate;
      }
    }
    return null;
  }

  /** Every alias in declaration order: the root, then each join's. */
  public Map<String, Alias> aliases() {
    Map<String, Alias> aliases = new LinkedHashMap<>();
    aliases.put(root.name(), root);
    for (Join join : joins) {
      aliases.put(join.alias().name(), join.alias());
    }
    return aliases;
  }
}
