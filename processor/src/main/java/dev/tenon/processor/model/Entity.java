package dev.tenon.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * A {@code @Table} type: its table and columns in constructor order.
 *
 * @param qualifiedName canonical Java name, the entity's identity
 * @param simpleName simple Java name ({@code BookNote})
 * @param table table name as declared
 * @param properties components, in constructor order
 */
public record Entity(
    String qualifiedName, String simpleName, String table, List<Property> properties, Origin origin) {

  public Entity {
    properties = List.copyOf(properties);
  }

  public List<Property> ids() {
    return properties.stream().filter(Property::id).toList();
  }

  /** The {@code @Id(generated = true)} property, or null. */
  public Property generatedId() {
    return properties.stream().filter(Property::generated).findFirst().orElse(null);
  }

  /** The {@code @Version} property, or null. */
  public Property version() {
    return properties.stream().filter(Property::version).findFirst().orElse(null);
  }

  /** The property named {@code name} as a Java component, or else as a column. */
  public Optional<Property> property(String name) {
    for (Property property : properties) {
      if (property.name().equals(name)) {
        return Optional.of(property);
      }
    }
    for (Property property : properties) {
      if (property.column().equals(name)) {
        return Optional.of(property);
      }
    }
    return Optional.empty();
  }
}
