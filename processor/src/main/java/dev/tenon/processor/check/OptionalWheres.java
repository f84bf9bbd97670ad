package dev.tenon.processor.check;

import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.Messages;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.expr.Nodes;
import dev.tenon.processor.expr.OrderItem;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.Parameter;
import dev.tenon.processor.model.QueryModel;
import dev.tenon.processor.model.RowShape;
import dev.tenon.processor.model.SelectItem;
import dev.tenon.processor.parse.Annotations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * {@code @Where(optional = true)}: which parameters' nulls leave a condition out, and which
 * aggregates go with it. Each combination becomes its own statement at compile time, so their
 * number is capped at {@value #MOST} optional conditions (64 statements per dialect).
 */
final class OptionalWheres {
  static final int MOST = 6;

  private OptionalWheres() {}

  /** The optional condition, or null when it names no parameter or a primitive one (reported). */
  static QueryModel.OptionalWhere read(
      Node condition,
      Map<String, Parameter> parameters,
      Map<String, dev.tenon.processor.model.AggregateModel> aggregateModels,
      Diagnostics diagnostics,
      ExecutableElement method,
      AnnotationMirror mirror) {
    Origin origin = new Origin(method, mirror, Annotations.explicitValue(mirror, "value"));
    Set<String> named = new LinkedHashSet<>();
    for (Node.Param param : Nodes.params(condition)) {
      named.add(param.name());
    }
    // An aggregate's own where counts as part of the condition that names it:
    // "@Exists(where = "notes.userId = :by", as = "noted") @Where(value = "noted", optional = true)".
    for (Node.Ref ref : Nodes.refs(condition)) {
      dev.tenon.processor.model.AggregateModel aggregate =
          ref.qualifier() == null ? aggregateModels.get(ref.name()) : null;
      if (aggregate == null) {
        continue;
      }
      for (Node part : new Node[] {aggregate.where(), aggregate.value()}) {
        if (part != null) {
          for (Node.Param param : Nodes.params(part)) {
            named.add(param.name());
          }
        }
      }
    }
    if (named.isEmpty()) {
      diagnostics.error(origin, Messages.optionalWithoutParameter());
      return null;
    }
    boolean ok = true;
    for (String name : named) {
      Parameter parameter = parameters.get(name);
      if (parameter.type().primitive()) {
        diagnostics.error(
            origin,
            Messages.optionalPrimitive(name, parameter.type().mirror() == null
                ? parameter.type().kind().name()
                : parameter.type().mirror().toString()));
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    Set<String> aggregates = new LinkedHashSet<>();
    for (Node.Ref ref : Nodes.refs(condition)) {
      if (ref.qualifier() == null) {
        aggregates.add(ref.name());
      }
    }
    return new QueryModel.OptionalWhere(
        condition, new ArrayList<>(named), new ArrayList<>(aggregates));
  }

  /** More optional conditions than {@value #MOST} is an error on the method. */
  static void checkCount(
      List<QueryModel.OptionalWhere> optional, ExecutableElement method, Diagnostics diagnostics) {
    if (optional.size() > MOST) {
      diagnostics.error(Origin.of(method), Messages.tooManyOptional(optional.size(), MOST));
    }
  }

  /**
   * The optional conditions, each keeping only the aggregates nothing else uses: those stay in the
   * statement only while a condition using them does.
   */
  static List<QueryModel.OptionalWhere> withAggregates(
      List<QueryModel.OptionalWhere> optional,
      Node where,
      List<OrderItem> orderBy,
      Node having,
      RowShape row,
      Set<String> aggregates) {
    Set<String> fixed = new HashSet<>();
    List<Node> always = new ArrayList<>();
    if (where != null) {
      always.add(where);
    }
    if (having != null) {
      always.add(having);
    }
    for (OrderItem item : orderBy) {
      always.add(item.expr());
    }
    for (SelectItem item : RowShape.selectItems(row)) {
      if (item instanceof SelectItem.AggregateValue value) {
        fixed.add(value.aggregate().as());
      } else if (item instanceof SelectItem.Expression expression) {
        always.add(expression.expr());
      }
    }
    for (Node node : always) {
      for (Node.Ref ref : Nodes.refs(node)) {
        if (ref.qualifier() == null) {
          fixed.add(ref.name());
        }
      }
    }
    List<QueryModel.OptionalWhere> result = new ArrayList<>();
    for (QueryModel.OptionalWhere each : optional) {
      List<String> own = new ArrayList<>();
      for (String name : each.aggregates()) {
        if (aggregates.contains(name) && !fixed.contains(name)) {
          own.add(name);
        }
      }
      result.add(new QueryModel.OptionalWhere(each.condition(), each.parameters(), own));
    }
    return result;
  }
}
