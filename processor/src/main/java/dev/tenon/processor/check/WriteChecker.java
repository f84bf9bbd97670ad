package dev.tenon.processor.check;

import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.WriteMessages;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.Relation;
import dev.tenon.processor.model.WriteKind;
import dev.tenon.processor.model.WriteModel;
import dev.tenon.processor.model.WriteReturn;
import dev.tenon.processor.parse.Annotations;
import dev.tenon.processor.parse.Catalog;
import dev.tenon.processor.parse.Naming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks one write method and builds its model. Which of two forms it has is decided here: a
 * write of the entity the method takes ({@code @Insert}, {@code @Upsert}, and {@code @Update} /
 * {@code @Delete} without {@code of}/{@code from}), or a declared {@code @Update(of, set, where)}
 * / {@code @Delete(from, where)} whose parameters are values ({@link DeclaredWriteChecker}).
 * Upsert keys are checked by {@link UpsertChecker}.
 */
final class WriteChecker {
  private final Types types;
  private final Elements elements;
  private final Catalog catalog;
  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final ParameterReader parameterReader;
  private final Map<String, Map<String, Relation>> daoRelations;
  private final Set<String> suppressed;

  WriteChecker(
      Types types,
      Elements elements,
      Catalog catalog,
      Annotations annotations,
      Diagnostics diagnostics,
      ParameterReader parameterReader,
      Map<String, Map<String, Relation>> daoRelations,
      Set<String> suppressed) {
    this.types = types;
    this.elements = elements;
    this.catalog = catalog;
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.parameterReader = parameterReader;
    this.daoRelations = daoRelations;
    this.suppressed = suppressed;
  }

  /** The checked write, or null when it has errors (all reported). */
  WriteModel check(ExecutableElement method, WriteKind kind, AnnotationMirror mirror) {
    String methodName = method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName();
    String targetAttribute = kind == WriteKind.UPDATE ? "of" : kind == WriteKind.DELETE ? "from" : null;
    TypeElement declaredTarget = targetAttribute == null ? null : annotations.type(mirror, targetAttribute);
    if (declaredTarget != null) {
      return new DeclaredWriteChecker(catalog, annotations, diagnostics, parameterReader, daoRelations, suppressed)
          .check(method, methodName, kind, mirror, declaredTarget, targetAttribute);
    }
    if (targetAttribute != null && !attributesFitEntityForm(method, kind, mirror, targetAttribute)) {
      return null;
    }
    int errorsBefore = diagnostics.errorCount();
    EntityArgument argument = entityArgument(method, kind);
    if (argument == null) {
      return null;
    }
    Entity entity = argument.entity();
    if (kind == WriteKind.UPDATE
        && entity.properties().stream().allMatch(p -> p.id() || p.version())) {
      diagnostics.error(Origin.of(method), WriteMessages.nothingToUpdate(entity.simpleName()));
      return null;
    }
    for (Property property : entity.properties()) {
      if (property.accessor() == null) {
        diagnostics.error(
            Origin.of(method), WriteMessages.noAccessor(entity.simpleName(), property.name()));
      }
    }
    WriteReturn returns = returnKind(method, kind, entity, argument.batch());
    List<Property> key = List.of();
    List<Property> updated = List.of();
    if (kind == WriteKind.UPSERT) {
      UpsertChecker.Columns columns =
          new UpsertChecker(annotations, diagnostics, suppressed).check(method, mirror, entity);
      if (columns == null) {
        return null;
      }
      key = columns.key();
      updated = columns.updated();
    }
    if (returns == null || diagnostics.errorCount() != errorsBefore) {
      return null;
    }
    return new WriteModel(
        method,
        methodName,
        kind,
        new Alias(Naming.lowerCamel(entity.simpleName()), entity, false),
        argument.name(),
        argument.batch(),
        returns,
        List.of(),
        null,
        Map.of(),
        List.of(),
        key,
        updated);
  }

  /** An entity-form {@code @Update}/{@code @Delete} has none of the declared form's attributes. */
  private boolean attributesFitEntityForm(
      ExecutableElement method, WriteKind kind, AnnotationMirror mirror, String targetAttribute) {
    boolean ok = true;
    List<String> attributes =
        kind == WriteKind.UPDATE ? List.of("set", "where", "as", "all") : List.of("where", "as", "all");
    for (String attribute : attributes) {
      if (Annotations.explicitValue(mirror, attribute) != null) {
        diagnostics.error(
            new Origin(method, mirror, Annotations.explicitValue(mirror, attribute)),
            WriteMessages.attributesWithoutTarget(kind.annotation(), attribute, targetAttribute));
        ok = false;
      }
    }
    return ok;
  }

  /** The entity parameter: exactly one, of an entity type or an iterable of one. */
  private EntityArgument entityArgument(ExecutableElement method, WriteKind kind) {
    List<? extends VariableElement> parameters = method.getParameters();
    if (parameters.size() != 1) {
      diagnostics.error(
          Origin.of(method),
          WriteMessages.writeParameter(
              kind.annotation(),
              parameters.size() + " parameters"
                  + (kind == WriteKind.UPDATE || kind == WriteKind.DELETE
                      ? " (to pass values, name the entity: " + kind.annotation()
                          + (kind == WriteKind.UPDATE ? "(of = …, set = …, where = …))" : "(from = …, where = …))")
                      : "")));
      return null;
    }
    VariableElement parameter = parameters.get(0);
    TypeMirror type = parameter.asType();
    boolean batch = false;
    TypeMirror element = iterableElement(type);
    if (element != null) {
      type = element;
      batch = true;
    }
    TypeElement entityType =
        type.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) type).asElement() : null;
    if (entityType == null || !catalog.isEntity(entityType)) {
      diagnostics.error(
          Origin.of(parameter),
          WriteMessages.writeParameter(
              kind.annotation(), "parameter '" + parameter.getSimpleName() + "' of type " + parameter.asType()));
      return null;
    }
    Entity entity = catalog.entity(entityType);
    if (entity == null) {
      return null; // its own errors are reported on the entity
    }
    return new EntityArgument(parameter.getSimpleName().toString(), entity, batch);
  }

  /** {@code E} of an {@code Iterable<E>} (or subtype: {@code List}, {@code Collection}); else null. */
  private TypeMirror iterableElement(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement iterable = elements.getTypeElement("java.lang.Iterable");
    if (!types.isAssignable(types.erasure(type), types.erasure(iterable.asType()))) {
      return null;
    }
    List<TypeMirror> queue = new ArrayList<>(List.of(type));
    while (!queue.isEmpty()) {
      TypeMirror next = queue.remove(0);
      if (next instanceof DeclaredType declared
          && declared.asElement().equals(iterable)
          && declared.getTypeArguments().size() == 1) {
        TypeMirror argument = declared.getTypeArguments().get(0);
        if (argument.getKind() == TypeKind.WILDCARD) {
          return ((javax.lang.model.type.WildcardType) argument).getExtendsBound();
        }
        return argument;
      }
      queue.addAll(types.directSupertypes(next));
    }
    return null;
  }

  /** What the method returns, or null when the write cannot give it (reported). */
  private WriteReturn returnKind(ExecutableElement method, WriteKind kind, Entity entity, boolean batch) {
    TypeMirror returned = method.getReturnType();
    Property generated = entity.generatedId();
    List<String> valid = new ArrayList<>(List.of("void", "int", "long", "boolean"));
    boolean entityAllowed = !batch && kind != WriteKind.DELETE;
    boolean keyAllowed = !batch && kind == WriteKind.INSERT && generated != null;
    boolean listAllowed = batch && kind == WriteKind.INSERT;
    if (entityAllowed) {
      valid.add(entity.simpleName());
    }
    if (keyAllowed) {
      valid.add(generated.type().mirror() + " (the generated " + generated.name() + ")");
    }
    if (listAllowed) {
      valid.add("List<" + entity.simpleName() + "> (the stored rows, in input order)");
    }
    if (keyAllowed && types.isSameType(types.erasure(returned), types.erasure(generated.type().mirror()))) {
      return WriteReturn.KEY;
    }
    if (keyAllowed
        && returned.getKind().isPrimitive() != generated.type().mirror().getKind().isPrimitive()
        && boxedSame(returned, generated.type().mirror())) {
      return WriteReturn.KEY;
    }
    switch (returned.getKind()) {
      case VOID:
        return WriteReturn.VOID;
      case INT:
        return WriteReturn.INT;
      case LONG:
        return WriteReturn.LONG;
      case BOOLEAN:
        return WriteReturn.BOOLEAN;
      default:
        break;
    }
    if (returned instanceof DeclaredType declared) {
      TypeElement element = (TypeElement) declared.asElement();
      if (entityAllowed && element.getQualifiedName().contentEquals(entity.qualifiedName())) {
        return WriteReturn.ENTITY;
      }
      if (listAllowed
          && element.getQualifiedName().contentEquals("java.util.List")
          && declared.getTypeArguments().size() == 1
          && declared.getTypeArguments().get(0) instanceof DeclaredType argument
          && ((TypeElement) argument.asElement()).getQualifiedName().contentEquals(entity.qualifiedName())) {
        return WriteReturn.ENTITY_LIST;
      }
    }
    String hint = "";
    if (kind == WriteKind.INSERT && !batch && generated == null && returned.getKind() == TypeKind.DECLARED) {
      hint = " (" + entity.simpleName() + " has no @Id(generated = true), so there is no key to read back)";
    }
    diagnostics.error(
        Origin.of(method),
        WriteMessages.writeReturn(kind.annotation() + (batch ? " of a batch" : ""), returned + hint, valid));
    return null;
  }

  private boolean boxedSame(TypeMirror a, TypeMirror b) {
    TypeMirror boxedA = a.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) a).asType() : a;
    TypeMirror boxedB = b.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) b).asType() : b;
    return types.isSameType(boxedA, boxedB);
  }

  /** The parameter a write of an entity takes. */
  private record EntityArgument(String name, Entity entity, boolean batch) {}
}
