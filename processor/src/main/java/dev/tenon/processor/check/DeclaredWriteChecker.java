package dev.tenon.processor.check;

import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.Messages;
import dev.tenon.processor.diag.WriteMessages;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.model.AggregateModel;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.Parameter;
import dev.tenon.processor.model.ParameterRole;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.Relation;
import dev.tenon.processor.model.WriteKind;
import dev.tenon.processor.model.WriteModel;
import dev.tenon.processor.model.WriteReturn;
import dev.tenon.processor.parse.Annotations;
import dev.tenon.processor.parse.Catalog;
import dev.tenon.processor.parse.Naming;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Checks {@code @Update(of, set, where)} and {@code @Delete(from, where)}: rows named by a
 * condition, values passed as parameters. {@code set} and {@code where} are the condition language
 * checked by {@link ConditionChecker}, and may name the method's {@code @Exists}/{@code @Count}/
 * {@code @Aggregate}; in a write each of those is one correlated subquery of the statement, so
 * unlike in a query an aggregate that names the written alias is fine here.
 */
final class DeclaredWriteChecker {
  /** {@code property = expression}, with {@code alias.property} accepted on the left. */
  private static final Pattern ASSIGNMENT =
      Pattern.compile("\\s*(?:([A-Za-z_][A-Za-z0-9_]*)\\s*\\.\\s*)?([A-Za-z_][A-Za-z0-9_]*)\\s*=(?!=)(.*)", Pattern.DOTALL);

  /** A {@code :name} in the text of a set item. */
  private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z_][A-Za-z0-9_]*)");

  private final Catalog catalog;
  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final ParameterReader parameterReader;
  private final Map<String, Map<String, Relation>> daoRelations;
  private final Set<String> suppressed;

  DeclaredWriteChecker(
      Catalog catalog,
      Annotations annotations,
      Diagnostics diagnostics,
      ParameterReader parameterReader,
      Map<String, Map<String, Relation>> daoRelations,
      Set<String> suppressed) {
    this.catalog = catalog;
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.parameterReader = parameterReader;
    this.daoRelations = daoRelations;
    this.suppressed = suppressed;
  }

  WriteModel check(
      ExecutableElement method,
      String methodName,
      WriteKind kind,
      AnnotationMirror mirror,
      TypeElement target,
      String targetAttribute) {
    int errorsBefore = diagnostics.errorCount();
    String annotation = kind.annotation() + "(" + targetAttribute + " = …)";
    if (!catalog.isEntity(target)) {
      diagnostics.error(
          new Origin(method, mirror, Annotations.explicitValue(mirror, targetAttribute)),
          Messages.notAnEntity(target.getQualifiedName().toString(), annotation));
      return null;
    }
    Entity entity = catalog.entity(target);
    if (entity == null) {
      return null; // reported on the entity
    }
    String as = annotations.string(mirror, "as");
    if (as.isEmpty()) {
      as = Naming.lowerCamel(entity.simpleName());
    } else if (!Naming.isIdentifier(as)) {
      diagnostics.error(new Origin(method, mirror, Annotations.explicitValue(mirror, "as")), Messages.badAlias(as));
      return null;
    }
    for (VariableElement parameter : method.getParameters()) {
      if (parameter.asType() instanceof javax.lang.model.type.DeclaredType declared
          && catalog.isEntity((TypeElement) declared.asElement())) {
        diagnostics.error(
            Origin.of(parameter),
            WriteMessages.declaredWriteParameter(
                kind.annotation(), parameter.getSimpleName().toString(), declared.asElement().getSimpleName().toString()));
        return null;
      }
    }
    Map<String, Parameter> parameters = new LinkedHashMap<>();
    for (Parameter parameter : parameterReader.read(method)) {
      if (parameter.role() != ParameterRole.VALUE) {
        diagnostics.error(
            parameter.origin(),
            WriteMessages.writeParameter(kind.annotation(), "@Limit/@Offset parameter '" + parameter.name() + "' (a write changes every row its where matches)"));
        continue;
      }
      parameters.put(parameter.name(), parameter);
    }
    Alias alias = new Alias(as, entity, false);
    Map<String, Alias> scope = new LinkedHashMap<>();
    scope.put(as, alias);
    Set<String> used = new HashSet<>();
    ConditionChecker conditions = new ConditionChecker(diagnostics, parameters, used);
    Map<String, AggregateModel> aggregates =
        new AggregateReader(catalog, annotations, diagnostics, daoRelations).read(method, scope, conditions);
    Map<String, AggregateModel> usable = new LinkedHashMap<>();
    for (AggregateModel aggregate : aggregates.values()) {
      usable.put(aggregate.as(), withCorrelation(aggregate, false));
    }
    conditions.allowAggregates(usable);

    List<WriteModel.Assignment> set =
        kind == WriteKind.UPDATE ? assignments(method, mirror, alias, scope, conditions, used) : List.of();
    if (kind == WriteKind.UPDATE && annotations.list(mirror, "set").isEmpty()) {
      diagnostics.error(new Origin(method, mirror, null), WriteMessages.missingSet());
    }
    Node where = null;
    String whereText = annotations.string(mirror, "where");
    if (whereText.isBlank()) {
      if (!annotations.bool(mirror, "all")) {
        diagnostics.error(
            new Origin(method, mirror, Annotations.explicitValue(mirror, "where")),
            WriteMessages.missingWhere(annotation, entity.simpleName()));
      }
    } else {
      where =
          conditions.condition(
              "where", whereText, scope, new Origin(method, mirror, Annotations.explicitValue(mirror, "where")));
    }
    WriteReturn returns = returnKind(method, kind);
    if (diagnostics.errorCount() != errorsBefore) {
      // One mistake, one error: a 'where' or 'set' that failed still names its parameters.
      used.addAll(ParameterMentions.of(method));
    }
    for (Parameter parameter : parameters.values()) {
      if (!used.contains(parameter.name())) {
        diagnostics.error(parameter.origin(), Messages.unusedParameter(parameter.name()));
      }
    }
    List<AggregateModel> correlated = new ArrayList<>();
    for (AggregateModel aggregate : aggregates.values()) {
      if (!conditions.namedAggregate(aggregate.as())) {
        if (!suppressed.contains("tenon:unused-aggregate")) {
          diagnostics.warning(aggregate.origin(), Messages.unusedAggregate(aggregate.as()));
        }
      } else {
        correlated.add(withCorrelation(aggregate, true));
      }
    }
    if (returns == null || diagnostics.errorCount() != errorsBefore) {
      return null;
    }
    return new WriteModel(
        method, methodName, kind, alias, null, false, returns, set, where, parameters, correlated, List.of(), List.of());
  }

  private List<WriteModel.Assignment> assignments(
      ExecutableElement method,
      AnnotationMirror mirror,
      Alias alias,
      Map<String, Alias> scope,
      ConditionChecker conditions,
      Set<String> used) {
    List<WriteModel.Assignment> assignments = new ArrayList<>();
    Set<String> assigned = new HashSet<>();
    Entity entity = alias.entity();
    for (AnnotationValue value : annotations.list(mirror, "set")) {
      String item = String.valueOf(value.getValue());
      Origin origin = new Origin(method, mirror, value);
      // A parameter named in an item that is refused here is not also "unused": one mistake, one error.
      Matcher named = PARAMETER.matcher(item);
      while (named.find()) {
        used.add(named.group(1));
      }
      Matcher matcher = ASSIGNMENT.matcher(item);
      if (!matcher.matches() || matcher.group(3).isBlank()) {
        diagnostics.error(origin, WriteMessages.setSyntax(item));
        continue;
      }
      if (matcher.group(1) != null && !matcher.group(1).equals(alias.name())) {
        diagnostics.error(origin, Messages.unknownAlias(matcher.group(1), scope.keySet()));
        continue;
      }
      String name = matcher.group(2);
      Property property = entity.property(name).orElse(null);
      if (property == null) {
        diagnostics.error(
            origin,
            WriteMessages.unknownProperty(
                "set", entity.simpleName(), name, entity.properties().stream().map(Property::name).toList()));
        continue;
      }
      if (property.id()) {
        diagnostics.error(origin, WriteMessages.assignKey(entity.simpleName(), property.name(), property.generated()));
        continue;
      }
      if (property.version()) {
        diagnostics.error(origin, WriteMessages.assignVersion(entity.simpleName(), property.name()));
        continue;
      }
      if (!assigned.add(property.name())) {
        diagnostics.error(origin, WriteMessages.duplicateAssignment(property.name()));
        continue;
      }
      String source = matcher.group(3).trim();
      Node node = conditions.expression("set", source, scope, origin);
      if (node == null) {
        continue;
      }
      SqlCategory category = conditions.type(node, source, scope, origin);
      SqlCategory wanted = SqlCategory.of(property.type().kind());
      if (category == SqlCategory.NULL && !property.nullable()) {
        diagnostics.error(
            origin,
            Messages.typeMismatch(
                source,
                "NULL assigned to " + entity.simpleName() + "." + property.name()
                    + ", which is not @Nullable" + (property.type().primitive() ? " (a primitive)" : "")));
        continue;
      }
      if (category != null && !wanted.fits(category)) {
        diagnostics.error(
            origin,
            Messages.typeMismatch(
                source,
                entity.simpleName() + "." + property.name() + " is " + wanted.description()
                    + " but the value is " + category.description()));
        continue;
      }
      assignments.add(new WriteModel.Assignment(property, node));
    }
    return assignments;
  }

  private WriteReturn returnKind(ExecutableElement method, WriteKind kind) {
    switch (method.getReturnType().getKind()) {
      case VOID:
        return WriteReturn.VOID;
      case INT:
        return WriteReturn.INT;
      case LONG:
        return WriteReturn.LONG;
      case BOOLEAN:
        return WriteReturn.BOOLEAN;
      default:
        diagnostics.error(
            Origin.of(method),
            WriteMessages.writeReturn(
                kind.annotation() + " with where",
                method.getReturnType().toString(),
                List.of("void", "int (rows changed)", "long (rows changed)", "boolean (whether any row changed)")));
        return null;
    }
  }

  private static AggregateModel withCorrelation(AggregateModel aggregate, boolean correlated) {
    return new AggregateModel(
        aggregate.kind(),
        aggregate.as(),
        aggregate.parent(),
        aggregate.relation(),
        aggregate.related(),
        aggregate.value(),
        aggregate.where(),
        correlated,
        aggregate.origin());
  }
}
