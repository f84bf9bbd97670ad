package dev.tenon.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.tenon.Dialect;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.WriteModel;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The static methods write methods share, one per entity where they depend only on it: the null
 * check before a write ({@code missingInBookNote}), the generated-key reader, the stored-row
 * reader; and one binder per write method ({@code bindAdd}), which batches and single rows share.
 */
final class WriteHelpers {
  private final RowReaders readers;
  private final NameAllocator members;
  private final Map<String, String> checks = new HashMap<>();
  private final Map<String, String> keyReaders = new HashMap<>();
  private final Map<String, String> storedReaders = new HashMap<>();

  WriteHelpers(RowReaders readers, NameAllocator members) {
    this.readers = readers;
    this.members = members;
  }

  ClassName generated() {
    return readers.generated();
  }

  String rowBinder(WriteModel write, List<Property> columns) {
    return rowBinder(write, columns, "");
  }

  /** {@code bind<Method><suffix>(statement, dialect, row)}: binds {@code columns} in order. */
  String rowBinder(WriteModel write, List<Property> columns, String suffix) {
    String name =
        DaoWriter.fresh(
            members, "bind" + RowReaders.capitalize(write.element().getSimpleName().toString()) + suffix);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addJavadoc("Binds the values of {@code $L} in the order of its SQL.\n", write.method())
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(PreparedStatement.class, "statement")
            .addParameter(Dialect.class, "dialect")
            .addParameter(entityType(write.entity()), "row")
            .addException(SQLException.class);
    int index = 1;
    for (Property property : columns) {
      method.addStatement(
          "$L", Reads.bind(property.type(), "statement", index++, "row." + property.accessor() + "()"));
    }
    readers.add(method.build());
    return name;
  }

  /** {@code missingIn<Entity>(row)}: the first non-{@code @Nullable} component that is null. */
  String rowCheck(Entity entity) {
    return checks.computeIfAbsent(
        entity.qualifiedName(),
        k -> {
          String name = DaoWriter.fresh(members, "missingIn" + entity.simpleName());
          MethodSpec.Builder method =
              MethodSpec.methodBuilder(name)
                  .addJavadoc(
                      "The first component of {@code row} that is null but not {@code @Nullable}, or"
                          + " null.\n")
                  .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                  .returns(String.class)
                  .addParameter(entityType(entity), "row");
          for (Property property : entity.properties()) {
            if (property.requiresValue()) {
              method
                  .beginControlFlow("if (row.$L() == null)", property.accessor())
                  .addStatement("return $S", property.name())
                  .endControlFlow();
            }
          }
          readers.add(method.addStatement("return null").build());
          return name;
        });
  }

  /** {@code read<Entity>Key(row)}: the generated key, column 1 of the keys' result set. */
  String keyReader(Entity entity) {
    return keyReaders.computeIfAbsent(
        entity.qualifiedName(),
        k -> {
          Property id = entity.generatedId();
          String name = DaoWriter.fresh(members, "read" + entity.simpleName() + "Key");
          readers.add(
              MethodSpec.methodBuilder(name)
                  .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                  .returns(TypeName.get(id.type().mirror()).box())
                  .addParameter(ResultSet.class, "row")
                  .addException(SQLException.class)
                  .addStatement("return $L", Reads.read(id.type(), "row", CodeBlock.of("1")))
                  .build());
          return name;
        });
  }

  /** {@code readStored<Entity>(row)}: the entity from every column, starting at the first. */
  String storedReader(Entity entity) {
    return storedReaders.computeIfAbsent(
        entity.qualifiedName(),
        k -> {
          String name = DaoWriter.fresh(members, "readStored" + entity.simpleName());
          readers.add(
              MethodSpec.methodBuilder(name)
                  .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                  .returns(entityType(entity))
                  .addParameter(ResultSet.class, "row")
                  .addException(SQLException.class)
                  .addStatement("return $L(row, 1)", readers.entityReader(entity))
                  .build());
          return name;
        });
  }

  private static ClassName entityType(Entity entity) {
    return ClassName.get(RowReaders.entityType(entity));
  }
}
