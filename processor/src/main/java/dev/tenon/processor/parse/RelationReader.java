package dev.tenon.processor.parse;

import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.Messages;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Turns {@code @ForeignKey} and {@code @Relation} declarations into {@link Relation}s. */
final class RelationReader {
  private final Catalog catalog;
  private final Annotations annotations;
  private final Diagnostics diagnostics;

  RelationReader(Catalog catalog, Annotations annotations, Diagnostics diagnostics) {
    this.catalog = catalog;
    this.annotations = annotations;
    this.diagnostics = diagnostics;
  }

  /** The to-one relations of {@code entity}'s own foreign keys. */
  void foreignKeysFrom(Entity entity, TypeElement type, Map<String, Relation> into) {
    for (Property property : entity.properties()) {
      Element component = property.origin().element();
      AnnotationMirror foreignKey = component == null ? null : catalog.foreignKey(component);
      if (foreignKey == null) {
        continue;
      }
      Origin origin = new Origin(component, foreignKey, Annotations.explicitValue(foreignKey, "value"));
      Entity target = target(foreignKey, origin);
      if (target == null) {
        continue;
      }
      Property key = target.ids().get(0);
      if (!property.type().kind().comparableWith(key.type().kind())) {
        diagnostics.error(
            origin,
            Messages.keyTypeMismatch(
                entity.simpleName() + "." + property.name(),
                property.type().kind().toString(),
                target.simpleName() + "." + key.name(),
                key.type().kind().toString()));
        continue;
      }
      String name = annotations.string(foreignKey, "name");
      if (name.isEmpty()) {
        name = Naming.withoutIdSuffix(property.name());
      }
      Relation relation =
          new Relation(
              name,
              entity,
              target,
              List.of(new Relation.KeyPair(property, target.ids().get(0))),
              false,
              new Origin(component, foreignKey, Annotations.explicitValue(foreignKey, "name")));
      add(entity, relation, into);
    }
  }

  /** The to-many relations onto {@code target} from {@code source}'s foreign keys. */
  void foreignKeysTo(Entity source, TypeElement sourceType, Entity target, Map<String, Relation> into) {
    for (Property property : source.properties()) {
      Element component = property.origin().element();
      AnnotationMirror foreignKey = component == null ? null : catalog.foreignKey(component);
      if (foreignKey == null) {
        continue;
      }
      TypeElement targetType = catalog.foreignKeyTarget(foreignKey);
      if (targetType == null
          || !targetType.getQualifiedName().contentEquals(target.qualifiedName())
          || target.ids().size() != 1
          || !property.type().kind().comparableWith(target.ids().get(0).type().kind())) {
        continue; // reported with the source's own relations
      }
      String name = annotations.string(foreignKey, "related");
      if (name.isEmpty()) {
        name = Naming.lowerCamel(source.simpleName());
      }
      Relation relation =
          new Relation(
              name,
              target,
              source,
              List.of(new Relation.KeyPair(target.ids().get(0), property)),
              true,
              new Origin(component, foreignKey, Annotations.explicitValue(foreignKey, "related")));
      add(target, relation, into);
    }
  }

  /** A {@code @Relation} on an entity, or on a DAO with {@code from} naming {@code source}. */
  void declared(Entity source, Element on, AnnotationMirror mirror, Map<String, Relation> into) {
    Relation relation = read(source, on, mirror);
    if (relation != null) {
      add(source, relation, into);
    }
  }

  /** Reads one {@code @Relation} starting at {@code source}; null (reported) when wrong. */
  Relation read(Entity source, Element on, AnnotationMirror mirror) {
    String name = annotations.string(mirror, "name");
    Origin nameOrigin = new Origin(on, mirror, Annotations.explicitValue(mirror, "name"));
    if (!Naming.isIdentifier(name)) {
      diagnostics.error(nameOrigin, Messages.badAlias(name));
      return null;
    }
    Origin targetOrigin = new Origin(on, mirror, Annotations.explicitValue(mirror, "target"));
    TypeElement targetType = annotations.type(mirror, "target");
    Entity target = targetType == null ? null : catalog.entity(targetType);
    if (target == null) {
      if (targetType == null || !catalog.isEntity(targetType)) {
        diagnostics.error(
            targetOrigin,
            Messages.notAnEntity(
                targetType == null
                    ? String.valueOf(annotations.value(mirror, "target"))
                    : targetType.getQualifiedName().toString(),
                "@Relation target"));
      }
      return null;
    }
    List<Relation.KeyPair> keys = new ArrayList<>();
    boolean ok = true;
    for (AnnotationValue value : annotations.list(mirror, "on")) {
      Origin origin = new Origin(on, mirror, value);
      String pair = String.valueOf(value.getValue());
      String[] sides = pair.split("=", -1);
      if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
        diagnostics.error(origin, Messages.relationKeySyntax(pair));
        ok = false;
        continue;
      }
      Property local = property(source, sides[0].trim(), origin);
      Property remote = property(target, sides[1].trim(), origin);
      if (local == null || remote == null) {
        ok = false;
        continue;
      }
      if (!local.type().kind().comparableWith(remote.type().kind())) {
        diagnostics.error(
            origin,
            Messages.keyTypeMismatch(
                source.simpleName() + "." + local.name(),
                local.type().kind().toString(),
                target.simpleName() + "." + remote.name(),
                remote.type().kind().toString()));
        ok = false;
        continue;
      }
      keys.add(new Relation.KeyPair(local, remote));
    }
    if (!ok) {
      return null;
    }
    if (keys.isEmpty()) {
      diagnostics.error(
          new Origin(on, mirror, Annotations.explicitValue(mirror, "on")),
          Messages.relationKeySyntax(""));
      return null;
    }
    Set<String> remoteNames = keys.stream().map(k -> k.remote().name()).collect(Collectors.toSet());
    boolean toMany = !target.ids().stream().allMatch(id -> remoteNames.contains(id.name()));
    return new Relation(name, source, target, keys, toMany, nameOrigin);
  }

  private Property property(Entity entity, String name, Origin origin) {
    Property property = entity.property(name).orElse(null);
    if (property == null) {
      diagnostics.error(
          origin,
          Messages.unknownKeyProperty(
              entity.simpleName(), name, entity.properties().stream().map(Property::name).toList()));
    }
    return property;
  }

  private Entity target(AnnotationMirror foreignKey, Origin origin) {
    TypeElement targetType = catalog.foreignKeyTarget(foreignKey);
    if (targetType == null || !catalog.isEntity(targetType)) {
      diagnostics.error(
          origin,
          Messages.notAnEntity(
              targetType == null
                  ? String.valueOf(annotations.value(foreignKey, "value"))
                  : targetType.getQualifiedName().toString(),
              "@ForeignKey target"));
      return null;
    }
    Entity target = catalog.entity(targetType);
    if (target == null) {
      return null;
    }
    if (target.ids().size() != 1) {
      diagnostics.error(origin, Messages.foreignKeyTargetId(target.simpleName(), target.ids().size()));
      return null;
    }
    return target;
  }

  private void add(Entity entity, Relation relation, Map<String, Relation> into) {
    if (!Naming.isIdentifier(relation.name())) {
      // A @ForeignKey's name or related; a path could never name it.
      diagnostics.error(relation.origin(), Messages.badAlias(relation.name()));
      return;
    }
    if (into.putIfAbsent(relation.name(), relation) != null) {
      diagnostics.error(relation.origin(), Messages.duplicateRelation(entity.simpleName(), relation.name()));
    }
  }
}
