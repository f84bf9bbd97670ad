package dev.tenon.processor.check;

import dev.tenon.Expr;
import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.Messages;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.model.AggregateModel;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.Join;
import dev.tenon.processor.model.ValueKind;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.ReturnKind;
import dev.tenon.processor.model.RowShape;
import dev.tenon.processor.model.SelectItem;
import dev.tenon.processor.model.ValueType;
import dev.tenon.processor.parse.Annotations;
import dev.tenon.processor.parse.TypeSolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Checks a method's return type and matches each row-record component to what fills it. */
final class ResultChecker {
  private final Annotations annotations;
  private final Diagnostics diagnostics;
  /** The method's joins by alias, for the method being checked. */
  private Map<String, Join> joins = Map.of();
  /** The method being checked. */
  private ExecutableElement method;
  /**
   * Origins moved from a row-record component declared outside the DAO to the method (see {@link
   * #at}), with the component each stands for.
   */
  private final Map<Origin, Element> relocated = new java.util.IdentityHashMap<>();

  ResultChecker(Annotations annotations, Diagnostics diagnostics) {
    this.annotations = annotations;
    this.diagnostics = diagnostics;
  }

  /** How rows are returned and built. */
  record Result(ReturnKind kind, RowShape row) {}

  /** The result shape, or null when it has errors (reported). */
  Result check(
      ExecutableElement method,
      Alias root,
      Map<String, Alias> scope,
      Map<String, AggregateModel> aggregates,
      Map<String, Join> joins,
      ConditionChecker conditions) {
    this.joins = joins;
    this.method = method;
    relocated.clear();
    TypeMirror returnType = method.getReturnType();
    ReturnKind kind = ReturnKind.SINGLE;
    TypeMirror rowType = returnType;
    if (returnType instanceof DeclaredType declared) {
      String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      if (raw.equals("java.util.List")
          || raw.equals("java.util.Optional")
          || raw.equals("java.util.stream.Stream")
          || raw.equals("dev.tenon.Page")) {
        if (declared.getTypeArguments().size() != 1) {
          return wrong(method, returnType);
        }
        kind =
            switch (raw) {
              case "java.util.List" -> ReturnKind.LIST;
              case "java.util.Optional" -> ReturnKind.OPTIONAL;
              case "dev.tenon.Page" -> ReturnKind.PAGE;
              default -> ReturnKind.STREAM;
            };
        rowType = declared.getTypeArguments().get(0);
      }
    }
    AnnotationMirror scalar = annotations.find(method, Expr.class);
    if (scalar != null) {
      RowShape row = new ScalarResults(annotations, diagnostics)
          .check(method, scalar, kind, rowType, scope, conditions);
      return row == null ? null : new Result(kind, row);
    }
    if (!(rowType instanceof DeclaredType row)) {
      return wrong(method, returnType);
    }
    TypeElement rowElement = (TypeElement) row.asElement();
    if (rowElement.getQualifiedName().contentEquals(root.entity().qualifiedName())) {
      return new Result(kind, new RowShape.EntityRow(root));
    }
    if (annotations.find(rowElement, dev.tenon.Table.class) != null) {
      // Another entity is not a row record: its components would be reported in its own file,
      // as if that entity were wrong, while the fault is this method's return type.
      diagnostics.error(
          Origin.of(method),
          Messages.otherEntityRow(
              root.entity().simpleName(),
              root.name(),
              rowElement.getQualifiedName().toString(),
              rowElement.getSimpleName().toString(),
              scope.values().stream()
                  .filter(a -> a.entity().qualifiedName().contentEquals(rowElement.getQualifiedName()))
                  .map(Alias::name)
                  .toList()));
      return null;
    }
    if (rowElement.getKind() != ElementKind.RECORD || rowElement.getRecordComponents().isEmpty()) {
      return wrong(method, returnType);
    }
    List<RowShape.Component> components = new ArrayList<>();
    boolean ok = true;
    for (RecordComponentElement component : rowElement.getRecordComponents()) {
      RowShape.Component checked = component(method, component, scope, aggregates, conditions);
      if (checked == null) {
        ok = false;
      } else {
        components.add(checked);
      }
    }
    if (ok) {
      ok = topLevelAliasesOutsideCollections(components);
    }
    return ok ? new Result(kind, new RowShape.RecordRow(rowType, components)) : null;
  }

  private RowShape.Component component(
      ExecutableElement method,
      RecordComponentElement component,
      Map<String, Alias> scope,
      Map<String, AggregateModel> aggregates,
      ConditionChecker conditions) {
    String name = component.getSimpleName().toString();
    TypeMirror type = component.asType();
    TypeMirror optionalOf = optionalArgument(type);
    boolean optional = optionalOf != null;
    TypeMirror valueType = optional ? optionalOf : type;
    boolean nullable = optional || Annotations.hasSimpleName(component, "Nullable");
    AnnotationMirror expr = annotations.find(component, Expr.class);
    Origin origin = at(component);
    if (expr != null) {
      Origin exprOrigin =
          declaredInDao(component)
              ? new Origin(component, expr, Annotations.explicitValue(expr, "value"))
              : at(component);
      String attribute =
          declaredInDao(component)
              ? "@Expr"
              : "@Expr of component '" + name + "' of " + component.getEnclosingElement();
      Node node = conditions.expression(attribute, annotations.string(expr, "value"), scope, exprOrigin);
      ValueType solved = TypeSolver.solve(valueType);
      if (solved == null) {
        error(origin, Messages.unsupportedType("component " + name, type.toString()));
        return null;
      }
      if (node == null) {
        return null;
      }
      SqlCategory category =
          conditions.type(node, annotations.string(expr, "value"), scope, exprOrigin);
      if (category == SqlCategory.NULL && solved.primitive()) {
        error(exprOrigin, Messages.primitiveNull(name));
        return null;
      }
      if (category != null && !category.fits(SqlCategory.of(solved.kind()))) {
        error(
            exprOrigin, Messages.exprType(name, type.toString(), category.description()));
        return null;
      }
      Set<String> nullableAliases = ConditionChecker.nullableAliases(node, scope);
      if (!nullableAliases.isEmpty() && solved.primitive()) {
        error(origin, Messages.primitiveNullable(name, nullableAliases.iterator().next()));
        return null;
      }
      return new RowShape.ExprComponent(name, new SelectItem.Expression(node, solved), optional);
    }
    AggregateModel aggregate = aggregates.get(name);
    if (aggregate != null) {
      return aggregateComponent(component, aggregate, valueType, optional, nullable);
    }
    Alias alias = scope.get(name);
    if (alias == null) {
      List<String> names = new ArrayList<>(scope.keySet());
      names.addAll(aggregates.keySet());
      error(origin, Messages.unmatchedComponent(name, names));
      return null;
    }
    // Not under Optional: a collection is empty when nothing matched, never absent.
    TypeMirror listOf = listArgument(type);
    if (listOf != null) {
      return collection(component, alias, listOf);
    }
    if (!(valueType instanceof DeclaredType declared)
        || !((TypeElement) declared.asElement())
            .getQualifiedName()
            .contentEquals(alias.entity().qualifiedName())) {
      error(
          origin,
          Messages.componentEntityMismatch(name, alias.entity().qualifiedName(), type.toString()));
      return null;
    }
    if (alias.nullable() && !nullable) {
      error(origin, Messages.nullableRequired(name, alias.name()));
      return null;
    }
    return new RowShape.AliasComponent(name, alias, optional);
  }

  /** A {@code List<X>} component of a to-many alias. */
  private RowShape.Component collection(Element component, Alias alias, TypeMirror elementType) {
    String name = component.getSimpleName().toString();
    Join join = joins.get(alias.name());
    if (join == null || !join.relation().toMany()) {
      error(at(component), Messages.collectionNotToMany(name, alias.name()));
      return null;
    }
    RowShape element = element(component, alias, elementType);
    return element == null ? null : new RowShape.CollectionComponent(name, join, element);
  }

  /** A collection's element: the alias's entity, or a record of it and aliases under it. */
  private RowShape element(Element component, Alias alias, TypeMirror type) {
    Alias present = new Alias(alias.name(), alias.entity(), false);
    if (!(type instanceof DeclaredType declared)) {
      error(
          at(component),
          Messages.componentEntityMismatch(
              component.getSimpleName().toString(), alias.entity().qualifiedName(), type.toString()));
      return null;
    }
    TypeElement element = (TypeElement) declared.asElement();
    if (element.getQualifiedName().contentEquals(alias.entity().qualifiedName())) {
      return new RowShape.EntityRow(present);
    }
    if (element.getKind() != ElementKind.RECORD) {
      error(
          at(component),
          Messages.componentEntityMismatch(
              component.getSimpleName().toString(), alias.entity().qualifiedName(), type.toString()));
      return null;
    }
    List<RowShape.Component> components = new ArrayList<>();
    boolean ok = true;
    for (RecordComponentElement part : element.getRecordComponents()) {
      String name = part.getSimpleName().toString();
      Join join = joins.get(name);
      boolean self = name.equals(alias.name());
      if (!self && (join == null || !isUnder(join, alias.name()))) {
        error(at(part), Messages.notUnderCollection(name, alias.name()));
        ok = false;
        continue;
      }
      TypeMirror partType = part.asType();
      TypeMirror optionalOf = optionalArgument(partType);
      TypeMirror valueType = optionalOf != null ? optionalOf : partType;
      TypeMirror listOf = listArgument(partType);
      Alias partAlias = self ? present : withinElement(join, alias.name());
      RowShape.Component checked;
      if (listOf != null && !self) {
        checked = collection(part, partAlias, listOf);
      } else if (!(valueType instanceof DeclaredType declaredPart)
          || !((TypeElement) declaredPart.asElement())
              .getQualifiedName()
              .contentEquals(partAlias.entity().qualifiedName())) {
        error(
            at(part),
            Messages.componentEntityMismatch(
                name, partAlias.entity().qualifiedName(), partType.toString()));
        checked = null;
      } else if (partAlias.nullable()
          && optionalOf == null
          && !Annotations.hasSimpleName(part, "Nullable")) {
        error(at(part), Messages.nullableRequired(name, partAlias.name()));
        checked = null;
      } else {
        checked = new RowShape.AliasComponent(name, partAlias, optionalOf != null);
      }
      if (checked == null) {
        ok = false;
      } else {
        components.add(checked);
      }
    }
    return ok ? new RowShape.RecordRow(type, components) : null;
  }

  /**
   * The alias as an element sees it: joined to the element's alias through inner joins only, it
   * is there whenever the element is, so it is not nullable inside the element.
   */
  private Alias withinElement(Join join, String elementAlias) {
    Join current = join;
    while (current != null && current.type() == dev.tenon.processor.model.JoinType.INNER) {
      if (current.parent().name().equals(elementAlias)) {
        Alias alias = join.alias();
        return new Alias(alias.name(), alias.entity(), false);
      }
      current = joins.get(current.parent().name());
    }
    return join.alias();
  }

  /** Whether {@code join}'s parent chain passes through {@code ancestor}. */
  private boolean isUnder(Join join, String ancestor) {
    Join current = join;
    while (current != null) {
      if (current.parent().name().equals(ancestor)) {
        return true;
      }
      current = joins.get(current.parent().name());
    }
    return false;
  }

  /** Reports top-level alias components that vary per element of a collection in the same row. */
  private boolean topLevelAliasesOutsideCollections(List<RowShape.Component> components) {
    boolean ok = true;
    for (RowShape.Component component : components) {
      if (!(component instanceof RowShape.AliasComponent aliasComponent)) {
        continue;
      }
      Join join = joins.get(aliasComponent.alias().name());
      for (RowShape.Component other : components) {
        if (other instanceof RowShape.CollectionComponent collection
            && join != null
            && isUnder(join, collection.join().alias().name())) {
          error(
              join.origin(), Messages.aliasInsideCollection(component.name(), collection.name()));
          ok = false;
        }
      }
    }
    return ok;
  }

  private static TypeMirror listArgument(TypeMirror type) {
    if (type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.util.List")
        && declared.getTypeArguments().size() == 1) {
      return declared.getTypeArguments().get(0);
    }
    return null;
  }

  private RowShape.Component aggregateComponent(
      RecordComponentElement component,
      AggregateModel aggregate,
      TypeMirror valueType,
      boolean optional,
      boolean nullable) {
    String name = component.getSimpleName().toString();
    Origin origin = at(component);
    ValueType solved = TypeSolver.solve(valueType);
    String expected =
        switch (aggregate.kind()) {
          case COUNT_ROWS, COUNT -> "a count (long or int)";
          case EXISTS -> "a flag (boolean)";
          default -> "a number";
        };
    boolean fits =
        solved != null
            && switch (aggregate.kind()) {
              case COUNT_ROWS, COUNT -> solved.kind() == ValueKind.LONG || solved.kind() == ValueKind.INT;
              case EXISTS -> solved.kind() == ValueKind.BOOLEAN;
              case MIN, MAX -> true;
              default -> solved.kind().numeric();
            };
    if (!fits) {
      error(
          origin, Messages.aggregateResultType(name, expected, component.asType().toString()));
      return null;
    }
    if (!aggregate.kind().neverNull() && (solved.primitive() || !nullable)) {
      error(origin, Messages.aggregateNullable(name));
      return null;
    }
    return new RowShape.AggregateComponent(
        name, new SelectItem.AggregateValue(aggregate, solved), optional);
  }

  private Result wrong(ExecutableElement method, TypeMirror returnType) {
    diagnostics.error(Origin.of(method), Messages.returnType(returnType.toString()));
    return null;
  }

  private static TypeMirror optionalArgument(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED
        && type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.util.Optional")
        && declared.getTypeArguments().size() == 1) {
      return declared.getTypeArguments().get(0);
    }
    return null;
  }

  /** The SELECT list a row shape reads, in order. */
  static List<SelectItem> selectItems(RowShape row) {
    return RowShape.selectItems(row);
  }

  /**
   * Where to report on a row-record component. A record nested in the DAO is this method's own
   * row type, so the component is the place. A record declared elsewhere may serve other methods
   * too, and what it lacks is usually this method's alias: the error goes on the method, naming
   * the component, rather than into a file that is not at fault.
   */
  private Origin at(Element component) {
    if (declaredInDao(component)) {
      return Origin.of(component);
    }
    Origin origin = Origin.of(method);
    relocated.put(origin, component);
    return origin;
  }

  private boolean declaredInDao(Element component) {
    return outermost(component).equals(outermost(method));
  }

  private static Element outermost(Element element) {
    Element current = element;
    while (current.getEnclosingElement() != null
        && current.getEnclosingElement().getKind() != ElementKind.PACKAGE
        && current.getEnclosingElement().getKind() != ElementKind.MODULE) {
      current = current.getEnclosingElement();
    }
    return current;
  }

  private void error(Origin origin, String message) {
    Element component = relocated.get(origin);
    diagnostics.error(
        origin,
        component == null
            ? message
            : Messages.inRowRecordElsewhere(
                message,
                component.getSimpleName().toString(),
                component.getEnclosingElement().toString()));
  }
}
