package dev.tenon.processor.check;

import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.Messages;
import dev.tenon.processor.expr.ExprParser;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.expr.Nodes;
import dev.tenon.processor.expr.OrderItem;
import dev.tenon.processor.expr.Parsed;
import dev.tenon.processor.model.AggregateModel;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.Parameter;
import dev.tenon.processor.model.ParameterRole;
import dev.tenon.processor.model.Property;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses one condition or expression and checks every name in it against the aliases in scope and
 * the method's parameters. The tree it returns is the one SQL rendering and binding walk.
 */
final class ConditionChecker {
  /** Supported functions and their argument counts ({@code -1}: one or more). */
  private static final Map<String, Integer> FUNCTIONS =
      Map.ofEntries(
          Map.entry("lower", 1),
          Map.entry("upper", 1),
          Map.entry("coalesce", -1),
          Map.entry("length", 1),
          Map.entry("abs", 1),
          Map.entry("nullif", 2),
          Map.entry("trim", 1),
          Map.entry("substring", -2),
          Map.entry("replace", 3),
          Map.entry("escape_like", 1),
          Map.entry("current_date", 0),
          Map.entry("current_timestamp", 0));

  private final Diagnostics diagnostics;
  private final Map<String, Parameter> parameters;
  private final Set<String> usedParameters;
  /** Aggregates a bare name may refer to where the current expression stands; empty in ON. */
  private Map<String, AggregateModel> visibleAggregates = Map.of();
  private final Set<String> namedAggregates = new HashSet<>();
  /** Aliases of the joins written below the one whose {@code on} is being checked. */
  private Set<String> declaredBelow = Set.of();
  /** Whether count(…), sum(…) … may stand where the current expression stands. */
  private boolean aggregateFunctions;
  /** Whether a checked expression used an aggregate function (the query is then grouped). */
  private boolean usedAggregateFunction;

  ConditionChecker(
      Diagnostics diagnostics, Map<String, Parameter> parameters, Set<String> usedParameters) {
    this.diagnostics = diagnostics;
    this.parameters = parameters;
    this.usedParameters = usedParameters;
  }

  /**
   * The aliases of joins written below the join checked next, so that naming one says "move it"
   * rather than "no such alias"; empty outside a join's {@code on}.
   */
  void declaredBelow(Set<String> aliases) {
    this.declaredBelow = aliases;
  }

  /** Whether a checked condition, order item or expression named the aggregate {@code as}. */
  boolean namedAggregate(String as) {
    return namedAggregates.contains(as);
  }

  /** From now on, bare names may name these aggregates (in @Where, @OrderBy and @Expr). */
  void allowAggregates(Map<String, AggregateModel> aggregates) {
    this.visibleAggregates = aggregates;
  }

  /**
   * From now on (true), aggregate functions may stand in checked expressions: in {@code @Expr},
   * {@code @OrderBy} and {@code @Having}, never in {@code on} or {@code @Where}.
   */
  void allowAggregateFunctions(boolean allowed) {
    this.aggregateFunctions = allowed;
  }

  /** Whether any expression checked while they were allowed used an aggregate function. */
  boolean usedAggregateFunction() {
    return usedAggregateFunction;
  }

  /** A checked expression in which no aggregate may be named (join ON, an aggregate's own where). */
  Node expressionWithoutAggregates(
      String attribute, String source, Map<String, Alias> scope, Origin origin) {
    Map<String, AggregateModel> saved = visibleAggregates;
    visibleAggregates = Map.of();
    try {
      return expression(attribute, source, scope, origin);
    } finally {
      visibleAggregates = saved;
    }
  }

  /** The checked tree, or null when {@code source} has errors (reported on {@code origin}). */
  Node expression(String attribute, String source, Map<String, Alias> scope, Origin origin) {
    Parsed<Node> parsed = ExprParser.parse(source);
    if (parsed instanceof Parsed.Error<Node> error) {
      syntaxError(attribute, source, error.message(), error.offset(), origin);
      return null;
    }
    Node node = ((Parsed.Ok<Node>) parsed).value();
    return names(node, scope, origin) && type(node, source, scope, origin) != null ? node : null;
  }

  /**
   * A checked condition: an expression that must be boolean ({@code on}, {@code @Where}, an
   * aggregate's {@code where}).
   */
  Node condition(String attribute, String source, Map<String, Alias> scope, Origin origin) {
    Parsed<Node> parsed = ExprParser.parse(source);
    if (parsed instanceof Parsed.Error<Node> error) {
      syntaxError(attribute, source, error.message(), error.offset(), origin);
      return null;
    }
    Node node = ((Parsed.Ok<Node>) parsed).value();
    if (!names(node, scope, origin)) {
      return null;
    }
    SqlCategory category = type(node, source, scope, origin);
    if (category == null) {
      return null;
    }
    if (category != SqlCategory.BOOLEAN && category != SqlCategory.NULL) {
      diagnostics.error(
          origin, Messages.notACondition(attribute, source, category.description()));
      return null;
    }
    return node;
  }

  /** Same as {@link #condition}, where no aggregate may be named. */
  Node conditionWithoutAggregates(
      String attribute, String source, Map<String, Alias> scope, Origin origin) {
    Map<String, AggregateModel> saved = visibleAggregates;
    visibleAggregates = Map.of();
    try {
      return condition(attribute, source, scope, origin);
    } finally {
      visibleAggregates = saved;
    }
  }

  /** The category of a name-checked tree, or null when its operands cannot match (reported). */
  SqlCategory type(Node node, String source, Map<String, Alias> scope, Origin origin) {
    return new TypeChecker(
            scope,
            parameters,
            visibleAggregates,
            source,
            (at, message) -> diagnostics.error(origin, Messages.typeMismatch(source, message)))
        .infer(node);
  }

  /** A checked {@code @OrderBy} item, or null. */
  OrderItem orderItem(String source, Map<String, Alias> scope, Origin origin) {
    Parsed<OrderItem> parsed = ExprParser.parseOrderItem(source);
    if (parsed instanceof Parsed.Error<OrderItem> error) {
      syntaxError("@OrderBy", source, error.message(), error.offset(), origin);
      return null;
    }
    OrderItem item = ((Parsed.Ok<OrderItem>) parsed).value();
    if (!names(item.expr(), scope, origin)) {
      return null;
    }
    return type(item.expr(), source, scope, origin) == null ? null : item;
  }

  /**
   * Reports text that did not parse. A subquery ({@code x IN (SELECT …)}, {@code EXISTS (SELECT
   * …)}) fails somewhere inside it, where a syntax error would only puzzle: say instead that the
   * language has none, and what takes its place.
   */
  private void syntaxError(String attribute, String source, String message, int offset, Origin origin) {
    int subquery = subqueryStart(source);
    diagnostics.error(
        origin,
        subquery >= 0
            ? Messages.subquery(attribute, source, subquery)
            : Messages.syntax(attribute, source, message, offset));
  }

  /** Where {@code (SELECT} starts outside quoted text, or -1. */
  static int subqueryStart(String source) {
    boolean quoted = false;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        int word = i + 1;
        while (word < source.length() && Character.isWhitespace(source.charAt(word))) {
          word++;
        }
        int end = word + "select".length();
        if (end <= source.length()
            && source.regionMatches(true, word, "select", 0, "select".length())
            && (end == source.length() || !Character.isJavaIdentifierPart(source.charAt(end)))) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Checks references, parameters and functions; reports each problem, returns whether none. */
  private boolean names(Node root, Map<String, Alias> scope, Origin origin) {
    Set<Node> loneInItems = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node node : Nodes.all(root)) {
      if (node instanceof Node.In in && in.items().size() == 1) {
        loneInItems.add(in.items().get(0));
      }
    }
    boolean ok = true;
    for (Node node : Nodes.all(root)) {
      if (node instanceof Node.Ref ref) {
        ok &= reference(ref, scope, origin);
      } else if (node instanceof Node.Param param) {
        ok &= parameter(param, loneInItems.contains(param), origin);
      } else if (node instanceof Node.Call call) {
        ok &= function(call, origin);
      } else if (node instanceof Node.Aggregate aggregate) {
        ok &= aggregateFunction(aggregate, origin);
      }
    }
    return ok;
  }

  private boolean aggregateFunction(Node.Aggregate aggregate, Origin origin) {
    if (!aggregateFunctions) {
      diagnostics.error(origin, Messages.aggregateFunctionPosition(aggregate.function()));
      return false;
    }
    if (aggregate.argument() != null) {
      for (Node inner : Nodes.all(aggregate.argument())) {
        if (inner instanceof Node.Aggregate nested) {
          diagnostics.error(
              origin, Messages.nestedAggregateFunction(nested.function(), aggregate.function()));
          return false;
        }
      }
    }
    usedAggregateFunction = true;
    return true;
  }

  private boolean reference(Node.Ref ref, Map<String, Alias> scope, Origin origin) {
    if (ref.qualifier() == null) {
      AggregateModel aggregate = visibleAggregates.get(ref.name());
      if (aggregate == null) {
        diagnostics.error(
            origin,
            Messages.unqualifiedName(ref.name(), scope.keySet(), visibleAggregates.keySet()));
        return false;
      }
      if (aggregate.correlated()) {
        diagnostics.error(origin, Messages.correlatedAggregateUse(ref.name()));
        return false;
      }
      namedAggregates.add(ref.name());
      return true;
    }
    Alias alias = scope.get(ref.qualifier());
    if (alias == null) {
      diagnostics.error(
          origin,
          declaredBelow.contains(ref.qualifier())
              ? Messages.aliasDeclaredBelow(ref.qualifier())
              : Messages.unknownAlias(ref.qualifier(), scope.keySet()));
      return false;
    }
    if (alias.entity().property(ref.name()).isEmpty()) {
      diagnostics.error(
          origin,
          Messages.unknownProperty(
              alias.name(),
              alias.entity().simpleName(),
              ref.name(),
              alias.entity().properties().stream().map(Property::name).toList()));
      return false;
    }
    return true;
  }

  private boolean parameter(Node.Param param, boolean loneInItem, Origin origin) {
    Parameter parameter = parameters.get(param.name());
    if (parameter == null || parameter.role() != ParameterRole.VALUE) {
      List<String> valid =
          parameters.values().stream()
              .filter(p -> p.role() == ParameterRole.VALUE)
              .map(Parameter::name)
              .toList();
      diagnostics.error(origin, Messages.unknownParameter(param.name(), valid));
      return false;
    }
    usedParameters.add(param.name());
    if (parameter.collection() && !loneInItem) {
      diagnostics.error(origin, Messages.collectionOutsideIn(param.name()));
      return false;
    }
    return true;
  }

  private boolean function(Node.Call call, Origin origin) {
    String name = call.function().toLowerCase(Locale.ROOT);
    Integer arity = FUNCTIONS.get(name);
    if (arity == null) {
      diagnostics.error(
          origin, Messages.unknownFunction(call.function(), FUNCTIONS.keySet().stream().sorted().toList()));
      return false;
    }
    int count = call.args().size();
    // -1: one or more; -2: two or three (substring(x, from[, count])).
    boolean fits = arity == -1 ? count >= 1 : arity == -2 ? count == 2 || count == 3 : count == arity;
    if (!fits) {
      String expected =
          arity == -1 ? "one or more" : arity == -2 ? "2 or 3" : String.valueOf(arity);
      diagnostics.error(origin, Messages.functionArity(name, expected, count));
      return false;
    }
    return true;
  }

  /**
   * The nullable aliases an expression reads, outside {@code count(…)}, which is never NULL (0
   * when a group has no such rows).
   */
  static Set<String> nullableAliases(Node node, Map<String, Alias> scope) {
    Set<String> found = new java.util.TreeSet<>();
    Set<Node> counted = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Node each : Nodes.all(node)) {
      if (each instanceof Node.Aggregate aggregate
          && aggregate.function().equals("count")
          && aggregate.argument() != null) {
        counted.addAll(Nodes.refs(aggregate.argument()));
      }
    }
    for (Node.Ref ref : Nodes.refs(node)) {
      if (counted.contains(ref)) {
        continue;
      }
      Alias alias = ref.qualifier() == null ? null : scope.get(ref.qualifier());
      if (alias != null && alias.nullable()) {
        found.add(alias.name());
      }
    }
    return found;
  }
}
