package dev.tenon.processor.check;

import dev.tenon.Expr;
import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.Messages;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.expr.Nodes;
import dev.tenon.processor.expr.OrderItem;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.RowShape;
import dev.tenon.processor.parse.Annotations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Checks a grouped query (one with {@code @GroupBy}, or with an aggregate function in a result):
 * every result component, sort item and {@code @Having} reads only what is grouped, whole entities
 * of aliases grouped by their {@code @Id}, and aggregate functions. Databases disagree on what else
 * they accept (PostgreSQL knows a key's functional dependency, H2 does not, MySQL depends on
 * ONLY_FULL_GROUP_BY), so Tenon accepts what all of them do and reports the rest here.
 */
final class GroupingChecker {
  private final Annotations annotations;
  private final Diagnostics diagnostics;

  GroupingChecker(Annotations annotations, Diagnostics diagnostics) {
    this.annotations = annotations;
    this.diagnostics = diagnostics;
  }

  /** The aliases grouped by all their ids, in scope order; errors are reported. */
  List<Alias> check(
      ExecutableElement method,
      Map<String, Alias> scope,
      List<Node> groupBy,
      RowShape row,
      List<OrderItem> orderBy,
      List<Origin> orderOrigins,
      Node having,
      String havingSource,
      Origin havingOrigin) {
    Set<String> groups = new HashSet<>();
    for (Node item : groupBy) {
      groups.add(Nodes.canonical(item));
    }
    Map<String, Alias> grouped = new LinkedHashMap<>();
    for (Alias alias : scope.values()) {
      boolean all = !alias.entity().ids().isEmpty();
      for (Property id : alias.entity().ids()) {
        all &= groups.contains(alias.name() + "." + id.name());
      }
      if (all) {
        grouped.put(alias.name(), alias);
      }
    }
    Coverage coverage = new Coverage(groups, grouped.keySet());
    if (row instanceof RowShape.EntityRow entityRow) {
      if (!grouped.containsKey(entityRow.alias().name())) {
        diagnostics.error(
            Origin.of(method),
            Messages.ungroupedEntity(
                "(the row)", entityRow.alias().name(), ids(entityRow.alias())));
      }
    } else if (row instanceof RowShape.ScalarRow scalar) {
      AnnotationMirror mirror = annotations.find(method, Expr.class);
      Origin exprOrigin = new Origin(method, mirror, Annotations.explicitValue(mirror, "value"));
      String missing = coverage.missing(scalar.expression().expr());
      if (missing != null) {
        diagnostics.error(
            exprOrigin,
            Messages.ungroupedItem(
                "@Expr", annotations.string(mirror, "value"), missing));
      }
    } else {
      components(method, (RowShape.RecordRow) row, scope, grouped, coverage, groupBy.isEmpty());
    }
    for (int i = 0; i < orderBy.size(); i++) {
      String missing = coverage.missing(orderBy.get(i).expr());
      if (missing != null) {
        diagnostics.error(
            orderOrigins.get(i),
            Messages.ungroupedItem("@OrderBy", text(orderOrigins.get(i)), missing));
      }
    }
    if (having != null) {
      String missing = coverage.missing(having);
      if (missing != null) {
        diagnostics.error(havingOrigin, Messages.ungroupedItem("@Having", havingSource, missing));
      }
    }
    return List.copyOf(grouped.values());
  }

  private void components(
      ExecutableElement method,
      RowShape.RecordRow record,
      Map<String, Alias> scope,
      Map<String, Alias> grouped,
      Coverage coverage,
      boolean oneGroup) {
    Map<String, RecordComponentElement> elements = new LinkedHashMap<>();
    TypeElement type = (TypeElement) ((DeclaredType) record.type()).asElement();
    for (RecordComponentElement element : type.getRecordComponents()) {
      elements.put(element.getSimpleName().toString(), element);
    }
    for (RowShape.Component component : record.components()) {
      RecordComponentElement element = elements.get(component.name());
      Origin origin = element == null ? Origin.of(method) : Origin.of(element);
      if (component instanceof RowShape.AliasComponent alias) {
        if (!grouped.containsKey(alias.alias().name())) {
          diagnostics.error(
              origin,
              Messages.ungroupedEntity(component.name(), alias.alias().name(), ids(alias.alias())));
        }
      } else if (component instanceof RowShape.ExprComponent expr) {
        AnnotationMirror mirror = element == null ? null : annotations.find(element, Expr.class);
        Origin exprOrigin =
            mirror == null ? origin : new Origin(element, mirror, Annotations.explicitValue(mirror, "value"));
        Node node = expr.expression().expr();
        String missing = coverage.missing(node);
        if (missing != null) {
          diagnostics.error(exprOrigin, Messages.ungroupedComponent(component.name(), missing));
        } else if (oneGroup && expr.expression().type().primitive() && nullOverNoRows(node)) {
          // Without @GroupBy the whole query is one group, there even when no row matches:
          // then sum, avg, min and max are NULL.
          diagnostics.error(exprOrigin, Messages.primitiveNull(component.name()));
        }
      } else if (component instanceof RowShape.CollectionComponent) {
        diagnostics.error(origin, Messages.ungroupedValue(component.name(), "a collection"));
      } else {
        diagnostics.error(
            origin, Messages.ungroupedValue(component.name(), "a per-row @Count/@Exists/@Aggregate"));
      }
    }
  }

  private static boolean nullOverNoRows(Node node) {
    for (Node each : Nodes.all(node)) {
      if (each instanceof Node.Aggregate aggregate && !aggregate.function().equals("count")) {
        return true;
      }
    }
    return false;
  }

  private String text(Origin origin) {
    return origin.value() == null ? "" : String.valueOf(origin.value().getValue());
  }

  private static String ids(Alias alias) {
    List<String> ids = new ArrayList<>();
    for (Property id : alias.entity().ids()) {
      ids.add("'" + alias.name() + "." + id.name() + "'");
    }
    return String.join(" and ", ids);
  }

  /** What a grouped query may read outside aggregate functions. */
  private record Coverage(Set<String> groups, Set<String> groupedAliases) {

    /** The first ungrouped reference outside aggregates, quoted, or null when all are covered. */
    String missing(Node node) {
      if (node instanceof Node.Aggregate || groups.contains(Nodes.canonical(node))) {
        return null;
      }
      if (node instanceof Node.Ref ref) {
        if (ref.qualifier() != null && groupedAliases.contains(ref.qualifier())) {
          return null;
        }
        return "'" + (ref.qualifier() == null ? "" : ref.qualifier() + ".") + ref.name() + "'";
      }
      for (Node child : Nodes.children(node)) {
        String missing = missing(child);
        if (missing != null) {
          return missing;
        }
      }
      return null;
    }
  }
}
