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
    Node having) {

  public QueryModel {
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
        aggregates, foldKeys, Lock.NONE, List.of(), List.of(), null);
  }

  /** The same query with {@code lock}. */
  public QueryModel withLock(Lock lock) {
    return new QueryModel(method, distinct, root, joins, where, orderBy, select, limit, offset,
        parameters, aggregates, foldKeys, lock, groupBy, groupedEntities, having);
  }

  /** The same query grouped. */
  public QueryModel withGrouping(List<Node> groupBy, List<Alias> groupedEntities, Node having) {
    return new QueryModel(method, distinct, root, joins, where, orderBy, select, limit, offset,
        parameters, aggregates, foldKeys, lock, groupBy, groupedEntities, having);
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
