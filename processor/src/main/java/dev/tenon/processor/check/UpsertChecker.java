package dev.tenon.processor.check;

import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.WriteMessages;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.parse.Annotations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * Checks {@code @Upsert(key, update)}: every name a property, the key able to find an existing
 * row, and something left to overwrite. A key that is not the {@code @Id} is a warning: only the
 * database knows whether it is unique, so the message says what it must declare.
 */
final class UpsertChecker {
  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final Set<String> suppressed;

  UpsertChecker(Annotations annotations, Diagnostics diagnostics, Set<String> suppressed) {
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.suppressed = suppressed;
  }

  /** The key and the overwritten columns. */
  record Columns(List<Property> key, List<Property> updated) {}

  /** The checked columns, or null (reported). */
  Columns check(ExecutableElement method, AnnotationMirror mirror, Entity entity) {
    int errorsBefore = diagnostics.errorCount();
    List<Property> key = properties(method, mirror, "key", entity);
    boolean defaultKey = key.isEmpty() && Annotations.explicitValue(mirror, "key") == null;
    if (defaultKey) {
      key = entity.ids();
    }
    Origin keyOrigin = new Origin(method, mirror, Annotations.explicitValue(mirror, "key"));
    for (Property property : key) {
      if (property.generated()) {
        diagnostics.error(
            keyOrigin,
            WriteMessages.keyOfUpsert(
                "key",
                property.name(),
                "a generated @Id: a new row has no id until the database assigns one, so it can"
                    + " never conflict; name a unique key the row carries, e.g. key = {\"…\", \"…\"}"));
      }
    }
    if (!defaultKey
        && !new HashSet<>(key).equals(new HashSet<>(entity.ids()))
        && !suppressed.contains("tenon:upsert-key")) {
      diagnostics.warning(
          keyOrigin,
          WriteMessages.upsertKeyNotDeclaredUnique(
              entity.simpleName(),
              key.stream().map(Property::name).toList(),
              String.join(", ", key.stream().map(Property::column).toList())));
    }
    List<Property> updated = properties(method, mirror, "update", entity);
    if (Annotations.explicitValue(mirror, "update") == null) {
      updated = new ArrayList<>();
      for (Property property : entity.properties()) {
        if (!key.contains(property) && !property.generated() && !property.version()) {
          updated.add(property);
        }
      }
    }
    Origin updateOrigin = new Origin(method, mirror, Annotations.explicitValue(mirror, "update"));
    for (Property property : updated) {
      if (key.contains(property)) {
        diagnostics.error(
            updateOrigin,
            WriteMessages.keyOfUpsert("update", property.name(), "which is part of the key: a row found by its key keeps it"));
      } else if (property.generated() || property.id()) {
        diagnostics.error(
            updateOrigin,
            WriteMessages.keyOfUpsert("update", property.name(), "the @Id: an upsert cannot change a row's key"));
      } else if (property.version()) {
        diagnostics.error(
            updateOrigin,
            WriteMessages.keyOfUpsert("update", property.name(), "the @Version: it is incremented on every update"));
      }
    }
    if (updated.isEmpty() && diagnostics.errorCount() == errorsBefore) {
      diagnostics.error(Origin.of(method), WriteMessages.nothingToUpsert(entity.simpleName()));
    }
    return diagnostics.errorCount() == errorsBefore ? new Columns(key, updated) : null;
  }

  /** The properties an array attribute names, each unknown one reported on its value. */
  private List<Property> properties(
      ExecutableElement method, AnnotationMirror mirror, String attribute, Entity entity) {
    List<Property> found = new ArrayList<>();
    for (AnnotationValue value : annotations.list(mirror, attribute)) {
      String name = String.valueOf(value.getValue());
      Property property = entity.property(name).orElse(null);
      if (property == null) {
        diagnostics.error(
            new Origin(method, mirror, value),
            WriteMessages.unknownProperty(
                "@Upsert(" + attribute + ")",
                entity.simpleName(),
                name,
                entity.properties().stream().map(Property::name).toList()));
      } else if (!found.contains(property)) {
        found.add(property);
      }
    }
    return found;
  }
}
