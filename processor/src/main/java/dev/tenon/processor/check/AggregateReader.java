package dev.tenon.processor.check;

import dev.tenon.Aggregate;
import dev.tenon.Aggregates;
import dev.tenon.Count;
import dev.tenon.Counts;
import dev.tenon.Exists;
import dev.tenon.ExistsList;
import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.Messages;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.expr.Nodes;
import dev.tenon.processor.model.AggregateKind;
import dev.tenon.processor.model.AggregateModel;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.Relation;
import dev.tenon.processor.parse.Annotations;
import dev.tenon.processor.parse.Catalog;
import dev.tenon.processor.parse.Naming;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/** Reads a method's {@code @Count}, {@code @Exists} and {@code @Aggregate} declarations. */
final class AggregateReader {
  private final Catalog catalog;
  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final Map<String, Map<String, Relation>> daoRelations;

  /** Words the condition language reads as keywords, so a bare name cannot be one of them. */
  private static final java.util.Set<String> KEYWORDS =
      java.util.Set.of(
          "AND", "OR", "NOT", "IS", "NULL", "IN", "LIKE", "BETWEEN", "TRUE", "FALSE", "ASC",
          "DESC", "NULLS", "FIRST", "LAST");

  AggregateReader(
      Catalog catalog,
      Annotations annotations,
      Diagnostics diagnostics,
      Map<String, Map<String, Relation>> daoRelations) {
    this.catalog = catalog;
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.daoRelations = daoRelations;
  }

  /** The checked aggregates by {@code as}; the wrong ones are reported and left out. */
  Map<String, AggregateModel> read(
      ExecutableElement method, Map<String, Alias> scope, ConditionChecker conditions) {
    Map<String, AggregateModel> aggregates = new LinkedHashMap<>();
    for (AnnotationMirror mirror : annotations.findRepeated(method, Count.class, Counts.class)) {
      add(method, mirror, AggregateKind.COUNT_ROWS, scope, conditions, aggregates);
    }
    for (AnnotationMirror mirror : annotations.findRepeated(method, Exists.class, ExistsList.class)) {
      add(method, mirror, AggregateKind.EXISTS, scope, conditions, aggregates);
    }
    for (AnnotationMirror mirror :
        annotations.findRepeated(method, Aggregate.class, Aggregates.class)) {
      AggregateKind kind = AggregateKind.valueOf(annotations.enumName(mirror, "function"));
      add(method, mirror, kind, scope, conditions, aggregates);
    }
    return aggregates;
  }

  private void add(
      ExecutableElement method,
      AnnotationMirror mirror,
      AggregateKind kind,
      Map<String, Alias> scope,
      ConditionChecker conditions,
      Map<String, AggregateModel> into) {
    String as = annotations.string(mirror, "as");
    Origin asOrigin = new Origin(method, mirror, Annotations.explicitValue(mirror, "as"));
    if (!Naming.isIdentifier(as) || KEYWORDS.contains(as.toUpperCase(java.util.Locale.ROOT))) {
      diagnostics.error(asOrigin, Messages.badAlias(as));
      return;
    }
    if (scope.containsKey(as) || into.containsKey(as)) {
      diagnostics.error(asOrigin, Messages.duplicateAlias(as));
      return;
    }
    String path = annotations.string(mirror, "path").trim();
    Origin pathOrigin = new Origin(method, mirror, Annotations.explicitValue(mirror, "path"));
    int dot = path.indexOf('.');
    if (dot < 0 || path.indexOf('.', dot + 1) >= 0) {
      diagnostics.error(pathOrigin, Messages.badPath(path));
      return;
    }
    String parentName = path.substring(0, dot);
    String relationName = path.substring(dot + 1);
    Alias parent = scope.get(parentName);
    if (parent == null) {
      diagnostics.error(pathOrigin, Messages.unknownAlias(parentName, scope.keySet()));
      return;
    }
    Map<String, Relation> relations = new LinkedHashMap<>(catalog.relations(parent.entity()));
    relations.putAll(daoRelations.getOrDefault(parent.entity().qualifiedName(), Map.of()));
    Relation relation = relations.get(relationName);
    if (relation == null) {
      diagnostics.error(
          pathOrigin,
          parent.entity().property(relationName).isPresent()
              ? Messages.pathThroughColumn(
                  parent.entity().simpleName(), parent.name(), relationName, relations.keySet())
              : Messages.unknownRelation(
                  parent.entity().simpleName() + " (alias '" + parent.name() + "')",
                  relationName,
                  relations.keySet()));
      return;
    }
    Alias related = new Alias(relationName, relation.target(), false);
    Map<String, Alias> inner = new LinkedHashMap<>(scope);
    inner.put(related.name(), related);
    Node value = null;
    if (kind != AggregateKind.COUNT_ROWS && kind != AggregateKind.EXISTS) {
      value =
          conditions.expressionWithoutAggregates(
              "value",
              annotations.string(mirror, "value"),
              inner,
              new Origin(method, mirror, Annotations.explicitValue(mirror, "value")));
      if (value == null) {
        return;
      }
      if (kind == AggregateKind.SUM || kind == AggregateKind.AVG) {
        SqlCategory category =
            conditions.type(
                value,
                annotations.string(mirror, "value"),
                inner,
                new Origin(method, mirror, Annotations.explicitValue(mirror, "value")));
        if (category != null && category != SqlCategory.NUMBER) {
          diagnostics.error(
              new Origin(method, mirror, Annotations.explicitValue(mirror, "value")),
              Messages.aggregateValueType(kind.name(), category.description()));
          return;
        }
      }
    }
    Node where = null;
    String whereText = annotations.string(mirror, "where");
    if (!whereText.isBlank()) {
      where =
          conditions.conditionWithoutAggregates(
              "where",
              whereText,
              inner,
              new Origin(method, mirror, Annotations.explicitValue(mirror, "where")));
      if (where == null) {
        return;
      }
    }
    boolean correlated = namesOuterAlias(value, related) || namesOuterAlias(where, related);
    into.put(
        as,
        new AggregateModel(
            kind, as, parent, relation, related, value, where, correlated, asOrigin));
  }

  private static boolean namesOuterAlias(Node node, Alias related) {
    if (node == null) {
      return false;
    }
    List<Node.Ref> refs = Nodes.refs(node);
    return refs.stream().anyMatch(ref -> !related.name().equals(ref.qualifier()));
  }
}
