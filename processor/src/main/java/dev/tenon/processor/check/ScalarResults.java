package dev.tenon.processor.check;

import dev.tenon.GroupBy;
import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.Messages;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.expr.Nodes;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.ReturnKind;
import dev.tenon.processor.model.RowShape;
import dev.tenon.processor.model.SelectItem;
import dev.tenon.processor.model.ValueType;
import dev.tenon.processor.parse.Annotations;
import dev.tenon.processor.parse.TypeSolver;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A query method with {@code @Expr} returns that one value per row: {@code List<String>}, {@code
 * Optional<LocalDate>}, {@code long} … The value's type must fit the expression's, and a primitive
 * needs a value on every call, which only an aggregate over the whole query guarantees ({@code
 * count(*)}: one row even when nothing matches, never NULL).
 */
final class ScalarResults {
  private final Annotations annotations;
  private final Diagnostics diagnostics;

  ScalarResults(Annotations annotations, Diagnostics diagnostics) {
    this.annotations = annotations;
    this.diagnostics = diagnostics;
  }

  /** The scalar row, or null when it has errors (reported). */
  RowShape check(
      ExecutableElement method,
      AnnotationMirror expr,
      ReturnKind kind,
      TypeMirror valueType,
      Map<String, Alias> scope,
      ConditionChecker conditions) {
    String name = method.getSimpleName().toString();
    String source = annotations.string(expr, "value");
    Origin origin = new Origin(method, expr, Annotations.explicitValue(expr, "value"));
    ValueType solved = TypeSolver.solve(valueType);
    if (solved == null) {
      diagnostics.error(
          Origin.of(method), Messages.scalarUnsupported(name, method.getReturnType().toString()));
      return null;
    }
    Node node = conditions.expression("@Expr", source, scope, origin);
    if (node == null) {
      return null;
    }
    SqlCategory category = conditions.type(node, source, scope, origin);
    if (category == null) {
      return null;
    }
    if (!category.fits(SqlCategory.of(solved.kind()))) {
      diagnostics.error(
          origin,
          Messages.scalarType(name, method.getReturnType().toString(), source, category.description()));
      return null;
    }
    if (solved.primitive()) {
      boolean aggregated = Nodes.all(node).stream().anyMatch(n -> n instanceof Node.Aggregate);
      if (kind != ReturnKind.SINGLE || !aggregated || annotations.find(method, GroupBy.class) != null) {
        diagnostics.error(origin, Messages.scalarPrimitive(name, valueType.toString()));
        return null;
      }
      boolean nullable =
          category == SqlCategory.NULL
              || Nodes.all(node).stream()
                  .anyMatch(n -> n instanceof Node.Aggregate a && !a.function().equals("count"));
      if (nullable) {
        diagnostics.error(origin, Messages.primitiveNull(name));
        return null;
      }
      Set<String> nullableAliases = ConditionChecker.nullableAliases(node, scope);
      if (!nullableAliases.isEmpty()) {
        diagnostics.error(origin, Messages.primitiveNullable(name, nullableAliases.iterator().next()));
        return null;
      }
    }
    return new RowShape.ScalarRow(new SelectItem.Expression(node, solved));
  }
}
