package dev.tenon.processor.check;

import dev.tenon.Fetch;
import dev.tenon.GroupBy;
import dev.tenon.Having;
import dev.tenon.InnerJoin;
import dev.tenon.InnerJoins;
import dev.tenon.LeftJoin;
import dev.tenon.LeftJoins;
import dev.tenon.Limit;
import dev.tenon.Lock;
import dev.tenon.Offset;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Where;
import dev.tenon.Wheres;
import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.Messages;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.expr.OrderItem;
import dev.tenon.processor.model.AggregateModel;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.Join;
import dev.tenon.processor.model.JoinType;
import dev.tenon.processor.model.MethodModel;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.Parameter;
import dev.tenon.processor.model.ParameterRole;
import dev.tenon.processor.model.QueryModel;
import dev.tenon.processor.model.Relation;
import dev.tenon.processor.model.RowShape;
import dev.tenon.processor.model.SelectItem;
import dev.tenon.processor.parse.Annotations;
import dev.tenon.processor.parse.Catalog;
import dev.tenon.processor.parse.Naming;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Checks one {@code @Select} method: resolves the root, every join path, condition and result
 * component, and reports every mistake it finds (it does not stop at the first).
 */
final class QueryChecker {
  private final Catalog catalog;
  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final ParameterReader parameterReader;
  private final ResultChecker resultChecker;
  private final Map<String, Map<String, Relation>> daoRelations;
  private final Set<String> suppressed;

  QueryChecker(
      Catalog catalog,
      Annotations annotations,
      Diagnostics diagnostics,
      ParameterReader parameterReader,
      ResultChecker resultChecker,
      Map<String, Map<String, Relation>> daoRelations,
      Set<String> suppressed) {
    this.catalog = catalog;
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.parameterReader = parameterReader;
    this.resultChecker = resultChecker;
    this.daoRelations = daoRelations;
    this.suppressed = suppressed;
  }

  /** The checked method, or null when it has errors (all reported). */
  MethodModel check(ExecutableElement method, AnnotationMirror select) {
    int errorsBefore = diagnostics.errorCount();
    List<Parameter> parameters = parameterReader.read(method);
    Map<String, Parameter> byName = new LinkedHashMap<>();
    Parameter limit = null;
    Parameter offset = null;
    for (Parameter parameter : parameters) {
      byName.put(parameter.name(), parameter);
      if (parameter.role() == ParameterRole.LIMIT) {
        limit = parameter;
      } else if (parameter.role() == ParameterRole.OFFSET) {
        offset = parameter;
      }
    }
    Alias root = root(method, select);
    if (root == null) {
      return null;
    }
    Set<String> used = new HashSet<>();
    ConditionChecker conditions = new ConditionChecker(diagnostics, byName, used);
    Map<String, Alias> scope = new LinkedHashMap<>();
    scope.put(root.name(), root);
    List<Join> joins = joins(method, conditions, scope);
    checkNestedInnerJoins(joins);
    Map<String, AggregateModel> aggregates =
        new AggregateReader(catalog, annotations, diagnostics, daoRelations)
            .read(method, scope, conditions);
    conditions.allowAggregates(aggregates);

    Node where = null;
    List<QueryModel.OptionalWhere> optionalWheres = new ArrayList<>();
    for (AnnotationMirror whereMirror : annotations.findRepeated(method, Where.class, Wheres.class)) {
      Origin origin = new Origin(method, whereMirror, Annotations.explicitValue(whereMirror, "value"));
      Node condition =
          conditions.condition("@Where", annotations.string(whereMirror, "value"), scope, origin);
      if (condition == null) {
        continue;
      }
      warnOnOuterJoinedWhere(condition, scope, origin);
      if (annotations.bool(whereMirror, "optional")) {
        QueryModel.OptionalWhere optional =
            OptionalWheres.read(condition, byName, aggregates, diagnostics, method, whereMirror);
        if (optional != null) {
          optionalWheres.add(optional);
        }
      } else {
        where =
            where == null
                ? condition
                : new Node.Binary(dev.tenon.processor.expr.BinaryOp.AND, where, condition, 0, 0);
      }
    }
    OptionalWheres.checkCount(optionalWheres, method, diagnostics);
    List<Node> groupBy = groupBy(method, conditions, scope);
    conditions.allowAggregateFunctions(true);
    AnnotationMirror havingMirror = annotations.find(method, Having.class);
    Node having = null;
    Origin havingOrigin = null;
    if (havingMirror != null) {
      havingOrigin =
          new Origin(method, havingMirror, Annotations.explicitValue(havingMirror, "value"));
      having =
          conditions.condition(
              "@Having", annotations.string(havingMirror, "value"), scope, havingOrigin);
      if (annotations.find(method, GroupBy.class) == null) {
        diagnostics.error(havingOrigin, Messages.havingWithoutGrouping());
      }
    }
    List<OrderItem> orderBy = new ArrayList<>();
    List<Origin> orderOrigins = new ArrayList<>();
    AnnotationMirror orderMirror = annotations.find(method, OrderBy.class);
    if (orderMirror != null) {
      for (AnnotationValue value : annotations.list(orderMirror, "value")) {
        Origin itemOrigin = new Origin(method, orderMirror, value);
        OrderItem item = conditions.orderItem(String.valueOf(value.getValue()), scope, itemOrigin);
        if (item != null && dev.tenon.processor.expr.Nodes.refs(item.expr()).isEmpty()) {
          // "ORDER BY 1" sorts by the first column; a text constant is an error on PostgreSQL.
          diagnostics.error(itemOrigin, Messages.orderByConstant(String.valueOf(value.getValue())));
        } else if (item != null) {
          orderBy.add(item);
          orderOrigins.add(itemOrigin);
        }
      }
    }
    Map<String, Join> joinsByAlias = new LinkedHashMap<>();
    for (Join join : joins) {
      joinsByAlias.put(join.alias().name(), join);
    }
    ResultChecker.Result result =
        resultChecker.check(method, root, scope, aggregates, joinsByAlias, conditions);
    CollectionChecker.Plan plan = null;
    List<Alias> groupedEntities = List.of();
    String methodName = method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
    if (result != null) {
      plan =
          new CollectionChecker(diagnostics)
              .plan(methodName, root, joins, result.row(), result.kind(), limit, offset, byName,
                  Origin.of(method));
      if (!groupBy.isEmpty() || conditions.usedAggregateFunction()) {
        groupedEntities =
            new GroupingChecker(annotations, diagnostics)
                .check(method, scope, groupBy, result.row(), orderBy, orderOrigins, having,
                    havingMirror == null ? null : annotations.string(havingMirror, "value"),
                    havingOrigin);
      }
      if (result.kind() == dev.tenon.processor.model.ReturnKind.PAGE && limit == null) {
        diagnostics.error(Origin.of(method), Messages.pageWithoutLimit(method.getSimpleName().toString()));
      }
      warnOnRowShape(result.row(), null, joinsByAlias, method);
      warnOnUnusedAggregates(aggregates, result.row(), conditions);
      if (!suppressed.contains("tenon:unused-join")) {
        for (Join unused :
            UnusedJoins.find(
                joins, result.row(), where, orderBy, aggregates.values(), otherConditions(optionalWheres, groupBy, having))) {
          diagnostics.warning(
              unused.origin(),
              Messages.unusedJoin(unused.alias().name(), unused.relation().toMany()));
        }
      }
      if (annotations.bool(select, "distinct")) {
        checkDistinctOrder(orderBy, orderOrigins, RowShape.selectItems(result.row()));
        checkDistinctLock(method, select);
      }
    }
    if (diagnostics.errorCount() != errorsBefore) {
      // A condition that did not parse or was not checked still names its parameters.
      used.addAll(ParameterMentions.of(method));
    }
    for (Parameter parameter : parameters) {
      if (parameter.role() == ParameterRole.VALUE && !used.contains(parameter.name())) {
        diagnostics.error(parameter.origin(), Messages.unusedParameter(parameter.name()));
      }
    }
    if (result == null || diagnostics.errorCount() != errorsBefore) {
      return null;
    }
    QueryModel query =
        new QueryModel(
            methodName,
            annotations.bool(select, "distinct"),
            root,
            plan.mainJoins(),
            where,
            orderBy,
            selectItems(result.row(), root, plan.folded()),
            limit,
            offset,
            byName,
            List.copyOf(aggregates.values()),
            plan.foldKeys())
        .withLock(Lock.valueOf(annotations.enumName(select, "lock")))
        .withGrouping(groupBy, groupedEntities, having)
        .withOptionalWheres(OptionalWheres.withAggregates(optionalWheres, where, orderBy, having,
            result.row(), aggregates.keySet()));
    return new MethodModel(
        method,
        query,
        result.kind(),
        result.row(),
        parameters,
        plan.batches(),
        plan.folded() ? MethodModel.Fold.FOLDED : MethodModel.Fold.NONE);
  }

  /** The SELECT list; a folded row reads the root's columns even where it does not map them. */
  private static List<dev.tenon.processor.model.SelectItem> selectItems(
      RowShape row, Alias root, boolean folded) {
    List<dev.tenon.processor.model.SelectItem> items = new ArrayList<>();
    boolean rootMapped =
        row instanceof RowShape.EntityRow
            || row instanceof RowShape.ScalarRow
            || ((RowShape.RecordRow) row)
                .components().stream().anyMatch(c -> c.name().equals(root.name()));
    if (folded && !rootMapped) {
      items.add(new dev.tenon.processor.model.SelectItem.EntityColumns(root));
    }
    items.addAll(RowShape.selectItems(row));
    return items;
  }

  private Alias root(ExecutableElement method, AnnotationMirror select) {
    TypeElement from = annotations.type(select, "from");
    Origin fromOrigin = new Origin(method, select, Annotations.explicitValue(select, "from"));
    if (from == null || !catalog.isEntity(from)) {
      diagnostics.error(
          fromOrigin,
          Messages.notAnEntity(
              from == null
                  ? String.valueOf(annotations.value(select, "from"))
                  : from.getQualifiedName().toString(),
              "@Select(from = …)"));
      return null;
    }
    Entity entity = catalog.entity(from);
    if (entity == null) {
      return null; // its own errors are reported on the entity
    }
    String as = annotations.string(select, "as");
    if (as.isEmpty()) {
      as = Naming.lowerCamel(entity.simpleName());
    } else if (!Naming.isIdentifier(as)) {
      diagnostics.error(
          new Origin(method, select, Annotations.explicitValue(select, "as")), Messages.badAlias(as));
      return null;
    }
    return new Alias(as, entity, false);
  }

  /**
   * Resolves joins in the order written (see {@link JoinOrder}): each {@code path} and {@code on}
   * may name the root and the aliases declared above it.
   */
  private List<Join> joins(
      ExecutableElement method, ConditionChecker conditions, Map<String, Alias> scope) {
    List<AnnotationMirror> mirrors =
        annotations.findRepeatedInWrittenOrder(
            method, List.of(LeftJoin.class, InnerJoin.class), List.of(LeftJoins.class, InnerJoins.class));
    boolean written = mirrors != null;
    if (!written) {
      mirrors = new ArrayList<>(annotations.findRepeated(method, LeftJoin.class, LeftJoins.class));
      mirrors.addAll(annotations.findRepeated(method, InnerJoin.class, InnerJoins.class));
    }
    List<JoinDeclaration> declarations = new ArrayList<>();
    for (AnnotationMirror mirror : mirrors) {
      boolean left =
          ((TypeElement) mirror.getAnnotationType().asElement())
              .getQualifiedName()
              .contentEquals(LeftJoin.class.getCanonicalName());
      declarations.add(declaration(left ? JoinType.LEFT : JoinType.INNER, mirror));
    }
    if (!written) {
      declarations = JoinOrder.byDependency(declarations);
    }
    List<Join> joins = new ArrayList<>();
    for (int i = 0; i < declarations.size(); i++) {
      JoinDeclaration declaration = declarations.get(i);
      int dot = declaration.path().indexOf('.');
      String parent = dot < 0 ? declaration.path() : declaration.path().substring(0, dot);
      Set<String> below = JoinOrder.aliasesAfter(declarations, i);
      if (dot < 0
          || declaration.path().indexOf('.', dot + 1) >= 0
          || !Naming.isIdentifier(parent)
          || !Naming.isIdentifier(declaration.path().substring(dot + 1))) {
        diagnostics.error(pathOrigin(method, declaration), Messages.badPath(declaration.path()));
      } else if (!scope.containsKey(parent)) {
        diagnostics.error(
            pathOrigin(method, declaration),
            below.contains(parent)
                ? Messages.aliasDeclaredBelow(parent)
                : Messages.unknownAlias(parent, scope.keySet()));
      } else {
        conditions.declaredBelow(below);
        Join join = join(method, declaration, scope.get(parent), conditions, scope);
        conditions.declaredBelow(Set.of());
        if (join != null) {
          joins.add(join);
        }
      }
    }
    return joins;
  }

  private Join join(
      ExecutableElement method,
      JoinDeclaration declaration,
      Alias parent,
      ConditionChecker conditions,
      Map<String, Alias> scope) {
    String relationName = declaration.path().substring(declaration.path().indexOf('.') + 1);
    Map<String, Relation> relations = new LinkedHashMap<>(catalog.relations(parent.entity()));
    relations.putAll(daoRelations.getOrDefault(parent.entity().qualifiedName(), Map.of()));
    Relation relation = relations.get(relationName);
    if (relation == null) {
      diagnostics.error(
          pathOrigin(method, declaration),
          parent.entity().property(relationName).isPresent()
              ? Messages.pathThroughColumn(
                  parent.entity().simpleName(), parent.name(), relationName, relations.keySet())
              : Messages.unknownRelation(
                  parent.entity().simpleName() + " (alias '" + parent.name() + "')",
                  relationName,
                  relations.keySet()));
      return null;
    }
    String as = declaration.as().isEmpty() ? relationName : declaration.as();
    Origin asOrigin =
        new Origin(method, declaration.mirror(), Annotations.explicitValue(declaration.mirror(), "as"));
    if (!Naming.isIdentifier(as)) {
      diagnostics.error(asOrigin, Messages.badAlias(as));
      return null;
    }
    if (scope.containsKey(as)) {
      diagnostics.error(asOrigin, Messages.duplicateAlias(as));
      return null;
    }
    // An inner join under an outer-joined alias is nested in that outer join (see SqlPlanner), so
    // it is NULL-extended with it.
    Alias alias =
        new Alias(as, relation.target(), declaration.type() == JoinType.LEFT || parent.nullable());
    scope.put(as, alias);
    Node on = null;
    if (!declaration.on().isBlank()) {
      Origin onOrigin =
          new Origin(
              method, declaration.mirror(), Annotations.explicitValue(declaration.mirror(), "on"));
      on = conditions.conditionWithoutAggregates("'on'", declaration.on(), scope, onOrigin);
      if (on == null) {
        return null;
      }
    }
    return new Join(
        declaration.type(),
        parent,
        relation,
        alias,
        on,
        declaration.fetch(),
        new Origin(method, declaration.mirror(), null));
  }

  private JoinDeclaration declaration(JoinType type, AnnotationMirror mirror) {
    Fetch fetch =
        type == JoinType.LEFT ? Fetch.valueOf(annotations.enumName(mirror, "fetch")) : Fetch.JOIN;
    return new JoinDeclaration(
        type,
        mirror,
        annotations.string(mirror, "path").trim(),
        annotations.string(mirror, "as").trim(),
        annotations.string(mirror, "on"),
        fetch);
  }

  private static Origin pathOrigin(ExecutableElement method, JoinDeclaration declaration) {
    return new Origin(
        method, declaration.mirror(), Annotations.explicitValue(declaration.mirror(), "path"));
  }

  /**
   * Warns where a row multiplies: a to-many alias mapped to one entity (one result row per related
   * row), and two sibling collections folded from one statement (their rows multiply each other).
   * {@code element} is the alias of the collection whose element {@code row} is (null for the
   * row itself): there that alias is one entity per list element, which is not a multiplying row.
   */
  private void warnOnRowShape(
      RowShape row, String element, Map<String, Join> joins, ExecutableElement method) {
    if (!(row instanceof RowShape.RecordRow record)) {
      return;
    }
    List<String> folded = new ArrayList<>();
    for (RowShape.Component component : record.components()) {
      if (component instanceof RowShape.AliasComponent alias) {
        Join join = joins.get(alias.alias().name());
        // A filtered to-many join ("this user's note") usually picks one row on purpose; an
        // unfiltered one mapped to one entity is the trap: one result row per related row.
        if (join != null
            && join.relation().toMany()
            && join.on() == null
            && !alias.alias().name().equals(element)
            && !suppressed.contains("tenon:to-many-as-single")) {
          diagnostics.warning(join.origin(), Messages.toManyAsSingle(alias.name()));
        }
      } else if (component instanceof RowShape.CollectionComponent collection) {
        if (!collection.batched()) {
          folded.add(collection.name());
        }
        warnOnRowShape(collection.element(), collection.join().alias().name(), joins, method);
      }
    }
    if (folded.size() > 1 && !suppressed.contains("tenon:multiplying-collections")) {
      diagnostics.warning(Origin.of(method), Messages.multiplyingCollections(folded));
    }
  }

  /**
   * An inner join under an outer-joined alias is written nested inside that outer join, where
   * only the aliases of the nest are visible: its {@code on} may name those and parameters.
   */
  private void checkNestedInnerJoins(List<Join> joins) {
    Map<String, Join> byAlias = new LinkedHashMap<>();
    for (Join join : joins) {
      byAlias.put(join.alias().name(), join);
    }
    for (Join join : joins) {
      if (join.type() != JoinType.INNER || !join.parent().nullable() || join.on() == null) {
        continue;
      }
      Join top = byAlias.get(join.parent().name());
      while (top != null && top.type() == JoinType.INNER) {
        top = byAlias.get(top.parent().name());
      }
      if (top == null) {
        continue;
      }
      Set<String> nest = new HashSet<>(Set.of(top.alias().name()));
      for (Join each : joins) {
        if (each.type() == JoinType.INNER && nest.contains(each.parent().name())) {
          nest.add(each.alias().name());
        }
      }
      for (Node.Ref ref : dev.tenon.processor.expr.Nodes.refs(join.on())) {
        if (ref.qualifier() != null && !nest.contains(ref.qualifier())) {
          diagnostics.error(
              new Origin(
                  join.origin().element(),
                  join.origin().mirror(),
                  Annotations.explicitValue(join.origin().mirror(), "on")),
              Messages.nestedInnerJoinOn(join.alias().name(), top.alias().name(), ref.qualifier()));
          break;
        }
      }
    }
  }

  /** The optional {@code @Where}s, {@code @GroupBy} items and {@code @Having}: they use aliases too. */
  private static List<Node> otherConditions(
      List<QueryModel.OptionalWhere> optionalWheres, List<Node> groupBy, Node having) {
    List<Node> nodes = new ArrayList<>(groupBy);
    optionalWheres.forEach(optional -> nodes.add(optional.condition()));
    if (having != null) {
      nodes.add(having);
    }
    return nodes;
  }

  /** The checked {@code @GroupBy} items, in which no aggregate function may stand. */
  private List<Node> groupBy(
      ExecutableElement method, ConditionChecker conditions, Map<String, Alias> scope) {
    List<Node> items = new ArrayList<>();
    AnnotationMirror mirror = annotations.find(method, GroupBy.class);
    if (mirror == null) {
      return items;
    }
    for (AnnotationValue value : annotations.list(mirror, "value")) {
      Node item =
          conditions.expression(
              "@GroupBy", String.valueOf(value.getValue()), scope, new Origin(method, mirror, value));
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  /** DISTINCT rows are no table's rows: no database locks them (PostgreSQL refuses). */
  private void checkDistinctLock(ExecutableElement method, AnnotationMirror select) {
    String lock = annotations.enumName(select, "lock");
    if (!Lock.NONE.name().equals(lock)) {
      diagnostics.error(
          new Origin(method, select, Annotations.explicitValue(select, "lock")),
          Messages.lockDistinct(lock));
    }
  }

  /**
   * With DISTINCT, databases sort only by what is selected (PostgreSQL and H2 compare the sort
   * expression with the SELECT list): a column of an alias whose entity is selected, an aggregate
   * that is selected, or an expression that some {@code @Expr} component selects as written.
   */
  private void checkDistinctOrder(
      List<OrderItem> orderBy, List<Origin> origins, List<dev.tenon.processor.model.SelectItem> select) {
    Set<String> selected = new HashSet<>();
    List<Node> expressions = new ArrayList<>();
    for (dev.tenon.processor.model.SelectItem item : select) {
      if (item instanceof dev.tenon.processor.model.SelectItem.EntityColumns columns) {
        selected.add(columns.alias().name());
      } else if (item instanceof SelectItem.AggregateValue value) {
        selected.add(value.aggregate().as());
      } else if (item instanceof SelectItem.Expression expression) {
        expressions.add(expression.expr());
      }
    }
    for (int i = 0; i < orderBy.size(); i++) {
      Node sorted = orderBy.get(i).expr();
      if (expressions.stream().anyMatch(e -> SameExpression.test(e, sorted))) {
        continue;
      }
      if (sorted instanceof Node.Ref ref) {
        String alias = ref.qualifier() == null ? ref.name() : ref.qualifier();
        if (!selected.contains(alias)) {
          diagnostics.error(origins.get(i), Messages.distinctOrderBy(alias));
        }
      } else {
        diagnostics.error(
            origins.get(i),
            Messages.distinctOrderByExpression(String.valueOf(origins.get(i).value().getValue())));
      }
    }
  }

  /** Warns where a WHERE test on an outer-joined alias turns the outer join into an inner one. */
  private void warnOnOuterJoinedWhere(Node where, Map<String, Alias> scope, Origin origin) {
    if (suppressed.contains("tenon:where-on-outer-join")) {
      return;
    }
    Set<String> warned = new HashSet<>();
    Set<Node> nullTests = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Node node : dev.tenon.processor.expr.Nodes.all(where)) {
      if (node instanceof Node.IsNull isNull) {
        nullTests.add(isNull.operand());
      }
    }
    for (Node node : dev.tenon.processor.expr.Nodes.all(where)) {
      if (node instanceof Node.Ref ref && !nullTests.contains(ref)) {
        Alias alias = scope.get(ref.qualifier());
        if (alias != null && alias.nullable() && warned.add(alias.name())) {
          diagnostics.warning(origin, Messages.whereOnOuterJoin(alias.name()));
        }
      }
    }
  }

  /**
   * An aggregate that no component, condition or sort uses still costs its subquery on every
   * call: most likely a component meant for it is missing.
   */
  private void warnOnUnusedAggregates(
      Map<String, AggregateModel> aggregates, RowShape row, ConditionChecker conditions) {
    if (suppressed.contains("tenon:unused-aggregate")) {
      return;
    }
    Set<String> mapped = new HashSet<>();
    for (SelectItem item : RowShape.selectItems(row)) {
      if (item instanceof SelectItem.AggregateValue value) {
        mapped.add(value.aggregate().as());
      }
    }
    for (AggregateModel aggregate : aggregates.values()) {
      if (!mapped.contains(aggregate.as()) && !conditions.namedAggregate(aggregate.as())) {
        diagnostics.warning(aggregate.origin(), Messages.unusedAggregate(aggregate.as()));
      }
    }
  }
}
