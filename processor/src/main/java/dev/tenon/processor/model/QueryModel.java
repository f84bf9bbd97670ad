package dev.tenon.processor.model;

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
    Map<String, Parameter> parameters) {

  public QueryModel {
    joins = List.copyOf(joins);
    orderBy = List.copyOf(orderBy);
    select = List.copyOf(select);
    parameters = new LinkedHashMap<>(parameters);
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
