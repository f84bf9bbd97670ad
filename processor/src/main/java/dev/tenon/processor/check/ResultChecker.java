package dev.tenon.processor.check;

import dev.tenon.Expr;
import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.Messages;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.model.AggregateModel;
import dev.tenon.processor.model.Alias;
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
      ConditionChecker conditions) {
    TypeMirror returnType = method.getReturnType();
    ReturnKind kind = ReturnKind.SINGLE;
    TypeMirror rowType = returnType;
    if (returnType instanceof DeclaredType declared) {
      String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
      if (raw.equals("java.util.List") || raw.equals("java.util.Optional")) {
        if (declared.getTypeArguments().size() != 1) {
          return wrong(method, returnType);
        }
        kind = raw.equals("java.util.List") ? ReturnKind.LIST : ReturnKind.OPTIONAL;
        rowType = declared.getTypeArguments().get(0);
      }
    }
    if (!(rowType instanceof DeclaredType row)) {
      return wrong(method, returnType);
    }
    TypeElement rowElement = (TypeElement) row.asElement();
    if (rowElement.getQualifiedName().contentEquals(root.entity().qualifiedName())) {
      return new Result(kind, new RowShape.EntityRow(root));
    }
    if (rowElement.getKind() != ElementKind.RECORD) {
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
    Origin origin = Origin.of(component);
    if (expr != null) {
      Origin exprOrigin = new Origin(component, expr, Annotations.explicitValue(expr, "value"));
      Node node = conditions.expression("@Expr", annotations.string(expr, "value"), scope, exprOrigin);
      ValueType solved = TypeSolver.solve(valueType);
      if (solved == null) {
        diagnostics.error(origin, Messages.unsupportedType("component " + name, type.toString()));
        return null;
      }
      if (node == null) {
        return null;
      }
      Set<String> nullableAliases = ConditionChecker.nullableAliases(node, scope);
      if (!nullableAliases.isEmpty() && solved.primitive()) {
        diagnostics.error(origin, Messages.primitiveNullable(name, nullableAliases.iterator().next()));
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
      diagnostics.error(origin, Messages.unmatchedComponent(name, names));
      return null;
    }
    if (valueType instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals("java.util.List")) {
      diagnostics.error(origin, Messages.toManyCollection(name));
      return null;
    }
    if (!(valueType instanceof DeclaredType declared)
        || !((TypeElement) declared.asElement())
            .getQualifiedName()
            .contentEquals(alias.entity().qualifiedName())) {
      diagnostics.error(
          origin,
          Messages.componentEntityMismatch(name, alias.entity().qualifiedName(), type.toString()));
      return null;
    }
    if (alias.nullable() && !nullable) {
      diagnostics.error(origin, Messages.nullableRequired(name, alias.name()));
      return null;
    }
    return new RowShape.AliasComponent(name, alias, optional);
  }

  private RowShape.Component aggregateComponent(
      RecordComponentElement component,
      AggregateModel aggregate,
      TypeMirror valueType,
      boolean optional,
      boolean nullable) {
    String name = component.getSimpleName().toString();
    Origin origin = Origin.of(component);
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
      diagnostics.error(
          origin, Messages.aggregateResultType(name, expected, component.asType().toString()));
      return null;
    }
    if (!aggregate.kind().neverNull() && (solved.primitive() || !nullable)) {
      diagnostics.error(origin, Messages.aggregateNullable(name));
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
    List<SelectItem> items = new ArrayList<>();
    if (row instanceof RowShape.EntityRow entityRow) {
      items.add(new SelectItem.EntityColumns(entityRow.alias()));
    } else if (row instanceof RowShape.RecordRow recordRow) {
      for (RowShape.Component component : recordRow.components()) {
        if (component instanceof RowShape.AliasComponent aliasComponent) {
          items.add(new SelectItem.EntityColumns(aliasComponent.alias()));
        } else if (component instanceof RowShape.AggregateComponent aggregateComponent) {
          items.add(aggregateComponent.value());
        } else if (component instanceof RowShape.ExprComponent exprComponent) {
          items.add(exprComponent.expression());
        }
      }
    }
    return items;
  }
}
