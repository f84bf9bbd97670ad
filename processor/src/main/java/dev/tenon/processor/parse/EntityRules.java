package dev.tenon.processor.parse;

import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.WriteMessages;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.ValueKind;
import dev.tenon.processor.model.ValueType;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * What an entity declares for writes: how each value is read from an instance, and whether its
 * {@code @Id(generated = true)} and {@code @Version} markers can work.
 */
final class EntityRules {
  private EntityRules() {}

  /** {@code @Version} counts: an {@code int} or {@code long}, boxed or not. */
  static boolean versionType(ValueType type) {
    return type.record() == null && (type.kind() == ValueKind.INT || type.kind() == ValueKind.LONG);
  }

  /**
   * The accessor of component {@code name}: the record accessor, or for a class a public
   * no-argument {@code name()}, {@code getName()} or {@code isName()}; null when there is none.
   */
  static String accessor(TypeElement type, String name) {
    if (type.getKind() == ElementKind.RECORD) {
      return name;
    }
    String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String candidate : List.of(name, "get" + capitalized, "is" + capitalized)) {
      for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (method.getSimpleName().contentEquals(candidate)
            && method.getParameters().isEmpty()
            && method.getReturnType().getKind() != TypeKind.VOID
            && method.getModifiers().contains(Modifier.PUBLIC)
            && !method.getModifiers().contains(Modifier.STATIC)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /** Reports a generated id or version that cannot work; the entity stays usable for reads. */
  static void checkWriteMarkers(Entity entity, Diagnostics diagnostics) {
    List<Property> ids = entity.ids();
    for (Property property : entity.properties()) {
      if (property.generated() && ids.size() > 1) {
        diagnostics.error(
            property.origin(), WriteMessages.generatedCompositeId(entity.simpleName(), property.name()));
      } else if (property.generated() && !integral(property.type())) {
        diagnostics.error(
            property.origin(),
            WriteMessages.generatedIdType(
                entity.simpleName() + "." + property.name(), property.type().kind().name()));
      }
      if (property.version() && property.id()) {
        diagnostics.error(
            property.origin(), WriteMessages.versionOnId(entity.simpleName() + "." + property.name()));
      }
    }
    List<Property> versions = entity.properties().stream().filter(Property::version).toList();
    if (versions.size() > 1) {
      diagnostics.error(
          versions.get(1).origin(),
          WriteMessages.duplicateVersion(
              entity.simpleName(), versions.get(0).name(), versions.get(1).name()));
    }
  }

  private static boolean integral(ValueType type) {
    return type.kind() == ValueKind.LONG
        || type.kind() == ValueKind.INT
        || type.kind() == ValueKind.SHORT;
  }
}
