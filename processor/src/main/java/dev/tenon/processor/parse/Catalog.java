package dev.tenon.processor.parse;

import dev.tenon.Column;
import dev.tenon.Convert;
import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Relation;
import dev.tenon.Relations;
import dev.tenon.Table;
import dev.tenon.Version;
import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.Messages;
import dev.tenon.processor.diag.TypeMessages;
import dev.tenon.processor.diag.WriteMessages;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The entities of one round and their relations. Reads each {@code @Table} type once and reports
 * its mistakes once; relations come from {@code @ForeignKey} (both directions) and {@code
 * @Relation}.
 */
public final class Catalog {
  private final Elements elements;
  private final Types types;
  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final Set<String> knownEntities;
  private final Map<String, Entity> entities = new HashMap<>();
  private final Set<String> invalid = new HashSet<>();
  private final Map<String, Map<String, dev.tenon.processor.model.Relation>> relations =
      new HashMap<>();
  private final RelationReader relationReader;

  /** {@code knownEntities}: qualified names of every {@code @Table} type seen so far. */
  public Catalog(
      Elements elements, Annotations annotations, Diagnostics diagnostics, Set<String> knownEntities) {
    this(elements, null, annotations, diagnostics, knownEntities);
  }

  /** With {@code types}, components may name a {@code @Convert} converter. */
  public Catalog(
      Elements elements,
      Types types,
      Annotations annotations,
      Diagnostics diagnostics,
      Set<String> knownEntities) {
    this.types = types;
    this.elements = elements;
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.knownEntities = new LinkedHashSet<>(knownEntities);
    this.relationReader = new RelationReader(this, annotations, diagnostics);
  }

  RelationReader relationReader() {
    return relationReader;
  }

  /** Whether {@code type} is annotated {@code @Table}. */
  public boolean isEntity(TypeElement type) {
    return annotations.find(type, Table.class) != null;
  }

  /** The entity declared by {@code type}, or null when it is not one or has errors (reported). */
  public Entity entity(TypeElement type) {
    String name = type.getQualifiedName().toString();
    if (entities.containsKey(name)) {
      return entities.get(name);
    }
    if (invalid.contains(name)) {
      return null;
    }
    knownEntities.add(name);
    int before = diagnostics.errorCount();
    Entity entity = read(type);
    if (entity == null || diagnostics.errorCount() != before) {
      invalid.add(name);
      return null;
    }
    entities.put(name, entity);
    return entity;
  }

  /** The relations that start at {@code entity}, by name; mistakes in them are reported once. */
  public Map<String, dev.tenon.processor.model.Relation> relations(Entity entity) {
    Map<String, dev.tenon.processor.model.Relation> known = relations.get(entity.qualifiedName());
    if (known != null) {
      return known;
    }
    Map<String, dev.tenon.processor.model.Relation> result = new LinkedHashMap<>();
    relations.put(entity.qualifiedName(), result);
    TypeElement type = (TypeElement) entity.origin().element();
    relationReader.foreignKeysFrom(entity, type, result);
    for (String other : List.copyOf(knownEntities)) {
      TypeElement otherType = elements.getTypeElement(other);
      if (otherType == null) {
        continue;
      }
      Entity source = otherType.equals(type) ? entity : entity(otherType);
      if (source != null) {
        relationReader.foreignKeysTo(source, otherType, entity, result);
      }
    }
    for (AnnotationMirror mirror : annotations.findRepeated(type, Relation.class, Relations.class)) {
      relationReader.declared(entity, type, mirror, result);
    }
    return result;
  }

  private Entity read(TypeElement type) {
    AnnotationMirror table = annotations.find(type, Table.class);
    if (table == null) {
      return null;
    }
    if (isPrivate(type)) {
      diagnostics.error(
          new Origin(type, table, null), Messages.privateType(type.getQualifiedName().toString()));
      return null;
    }
    String tableName = annotations.string(table, "value");
    if (tableName.isEmpty()) {
      tableName = Naming.snakeCase(type.getSimpleName().toString());
    }
    List<? extends Element> components = components(type);
    if (components == null) {
      diagnostics.error(Origin.of(type), Messages.entityShape(type.getQualifiedName().toString()));
      return null;
    }
    List<Property> properties = new ArrayList<>();
    Map<String, String> columns = new HashMap<>();
    for (Element component : components) {
      String name = component.getSimpleName().toString();
      AnnotationMirror column = annotations.find(component, Column.class);
      String columnName =
          column == null ? Naming.snakeCase(name) : annotations.string(column, "value");
      if (columnName.isBlank()) {
        diagnostics.error(
            new Origin(component, column, Annotations.explicitValue(column, "value")),
            Messages.emptyColumn(type.getSimpleName() + "." + name));
        continue;
      }
      Origin origin = Origin.of(component);
      AnnotationMirror convert = annotations.find(component, Convert.class);
      ValueType valueType;
      if (convert != null) {
        valueType = converted(component, convert, type.getSimpleName() + "." + name);
        if (valueType == null) {
          continue; // reported
        }
      } else {
        valueType = TypeSolver.solve(component.asType());
      }
      if (valueType == null) {
        diagnostics.error(
            origin,
            Messages.unsupportedType(
                "column " + type.getSimpleName() + "." + name, component.asType().toString()));
        continue;
      }
      String previous = columns.putIfAbsent(columnName, name);
      if (previous != null) {
        diagnostics.error(
            column == null ? origin : new Origin(component, column, null),
            Messages.duplicateColumn(type.getSimpleName().toString(), columnName, previous, name));
      }
      AnnotationMirror idMirror = annotations.find(component, Id.class);
      boolean generated = idMirror != null && annotations.bool(idMirror, "generated");
      boolean version = annotations.find(component, Version.class) != null;
      if (version && !EntityRules.versionType(valueType)) {
        diagnostics.error(
            origin,
            WriteMessages.versionType(type.getSimpleName() + "." + name, component.asType().toString()));
        continue;
      }
      boolean nullable = Annotations.hasSimpleName(component, "Nullable");
      properties.add(
          new Property(
              name,
              columnName,
              valueType,
              idMirror != null,
              generated,
              version,
              nullable,
              EntityRules.accessor(type, name),
              origin));
    }
    Entity entity =
        new Entity(
            type.getQualifiedName().toString(),
            type.getSimpleName().toString(),
            tableName,
            properties,
            new Origin(type, table, null));
    if (entity.ids().isEmpty()) {
      diagnostics.error(Origin.of(type), Messages.missingId(type.getQualifiedName().toString()));
    }
    EntityRules.checkWriteMarkers(entity, diagnostics);
    return entity;
  }

  /** The type of a {@code @Convert} component, or null when the converter cannot serve (reported). */
  private ValueType converted(Element component, AnnotationMirror convert, String what) {
    TypeElement converter = annotations.type(convert, "value");
    Origin origin = new Origin(component, convert, Annotations.explicitValue(convert, "value"));
    if (converter == null || types == null) {
      diagnostics.error(origin, TypeMessages.converter(what, String.valueOf(convert)));
      return null;
    }
    ConverterReader.Result result = ConverterReader.read(types, converter, component.asType());
    if (result.type() == null) {
      diagnostics.error(origin, TypeMessages.converter(what, result.error()));
      return null;
    }
    return result.type();
  }

  /** Record components, or the parameters of the one public constructor; null if neither. */
  private static List<? extends Element> components(TypeElement type) {
    if (type.getKind() == ElementKind.RECORD) {
      return type.getRecordComponents();
    }
    if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
      return null;
    }
    List<ExecutableElement> constructors =
        ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .filter(c -> c.getModifiers().contains(Modifier.PUBLIC))
            .toList();
    if (constructors.size() != 1 || constructors.get(0).getParameters().isEmpty()) {
      return null;
    }
    return constructors.get(0).getParameters();
  }

  /** Whether {@code type} or a type around it is private: no generated class can reach it. */
  public static boolean isPrivate(TypeElement type) {
    for (Element at = type; at instanceof TypeElement; at = at.getEnclosingElement()) {
      if (at.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }

  /** Reads {@code @ForeignKey} targets: the type named by the annotation on a component. */
  TypeElement foreignKeyTarget(AnnotationMirror foreignKey) {
    return annotations.type(foreignKey, "value");
  }

  AnnotationMirror foreignKey(Element component) {
    return annotations.find(component, ForeignKey.class);
  }
}
