package dev.tenon.processor.schema;

import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.Names;
import dev.tenon.processor.diag.SchemaMessages;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.ValueType;
import dev.tenon.processor.parse.Annotations;
import dev.tenon.processor.sql.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Checks one entity against the catalog: its table and every column exist, each column's SQL type
 * carries the component's Java type, a nullable column is not read into a primitive or a
 * non-{@code @Nullable} component, and the {@code @Id} is a key. Names are looked up the way the
 * generated SQL spells them ({@link Identifiers#quote}), so a table created unquoted on H2 and named
 * in mixed case by the entity is found missing, as it would be at run time.
 */
final class EntitySchemaChecker {
  private final SchemaCatalog catalog;
  private final Diagnostics diagnostics;

  EntitySchemaChecker(SchemaCatalog catalog, Diagnostics diagnostics) {
    this.catalog = catalog;
    this.diagnostics = diagnostics;
  }

  /** The table the entity names, or null when it is missing (reported). */
  SchemaTable check(Entity entity) {
    SchemaTable table = catalog.table(stored(entity.table()));
    if (table == null) {
      List<String> names = catalog.tables().stream().map(SchemaTable::name).toList();
      AnnotationMirror mirror = entity.origin().mirror();
      diagnostics.error(
          new Origin(entity.origin().element(), mirror,
              mirror == null ? null : Annotations.explicitValue(mirror, "value")),
          SchemaMessages.missingTable(
              entity.simpleName(), entity.table(), catalog.dialect().name(),
              Names.suggest(entity.table(), names)));
      return null;
    }
    boolean complete = true;
    for (Property property : entity.properties()) {
      complete &= column(entity, table, property);
    }
    if (complete) {
      key(entity, table);
    }
    return table;
  }

  /** The name as the dialect stores it when the generated SQL writes it. */
  String stored(String name) {
    boolean quoted = !Identifiers.quote(catalog.dialect(), name).equals(name);
    return catalog.stored(name, quoted);
  }

  private boolean column(Entity entity, SchemaTable table, Property property) {
    String component = entity.simpleName() + "." + property.name();
    SchemaColumn column = table.column(stored(property.column()));
    if (column == null) {
      List<String> names = table.columns().stream().map(SchemaColumn::name).toList();
      diagnostics.error(
          property.origin(),
          SchemaMessages.missingColumn(
              component, property.column(), table.name(), Names.suggest(property.column(), names)));
      return false;
    }
    // A value record or a converted type is stored as its column type: judge that one.
    ValueType stored = property.type().column();
    String fits = TypeFit.misfit(catalog.dialect(), column.type(), stored.kind());
    if (fits != null) {
      String javaType = javaName(property.type().mirror(), property.type().kind().name());
      if (property.type().record() != null || property.type().converted() != null) {
        javaType += " (stored as " + javaName(stored.mirror(), stored.kind().name()) + ")";
      }
      diagnostics.error(
          property.origin(),
          SchemaMessages.typeMismatch(
              component, javaType, table.name() + "." + column.name(), column.type(), fits));
      return false;
    }
    if (property.generated() && !column.filled()) {
      diagnostics.error(
          property.origin(),
          SchemaMessages.generatedId(component, table.name() + "." + column.name(),
              column.ddl() + ", in the statement at " + column.origin()));
      return false;
    }
    Element element = property.origin().element();
    boolean nullableComponent = !property.type().primitive() && isNullable(element);
    if (!column.notNull() && !nullableComponent && !suppressed(element, entity, "tenon:schema-nullable")) {
      diagnostics.warning(
          property.origin(),
          SchemaMessages.nullable(
              component, table.name() + "." + column.name(),
              column.ddl() + ", in the statement at " + column.origin(), property.type().primitive()));
    }
    return true;
  }

  private void key(Entity entity, SchemaTable table) {
    List<String> ids = new ArrayList<>();
    for (Property id : entity.ids()) {
      ids.add(stored(id.column()));
    }
    if (ids.isEmpty() || table.isKey(ids)) {
      return;
    }
    Element element = entity.origin().element();
    if (element != null && suppressed(element, entity, "tenon:schema-id-not-key")) {
      return;
    }
    String keys = table.primaryKey().isEmpty() ? "it has no primary key" : "primary key " + table.primaryKey();
    diagnostics.warning(
        entity.ids().get(0).origin(),
        SchemaMessages.idNotKey(entity.simpleName(), String.join(", ", ids), table.name(), keys));
  }

  /** {@code Integer}, {@code long}, {@code byte[]}: the type as a user writes it, no annotations. */
  private static String javaName(TypeMirror type, String fallback) {
    if (type == null) {
      return fallback;
    }
    if (type instanceof DeclaredType declared) {
      return declared.asElement().getSimpleName().toString();
    }
    if (type instanceof ArrayType array) {
      return javaName(array.getComponentType(), fallback) + "[]";
    }
    return type.getKind().isPrimitive() ? type.getKind().name().toLowerCase(Locale.ROOT) : fallback;
  }

  /** {@code @Nullable} of any package, on the component or on its type. */
  private static boolean isNullable(Element element) {
    if (element == null) {
      return false;
    }
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return true;
      }
    }
    for (AnnotationMirror mirror : element.asType().getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  /** {@code @SuppressWarnings(tag)} on the component or on the entity. */
  private static boolean suppressed(Element element, Entity entity, String tag) {
    for (Element at : new Element[] {element, entity.origin().element()}) {
      SuppressWarnings suppress = at == null ? null : at.getAnnotation(SuppressWarnings.class);
      if (suppress != null && java.util.Arrays.asList(suppress.value()).contains(tag)) {
        return true;
      }
    }
    return false;
  }
}
