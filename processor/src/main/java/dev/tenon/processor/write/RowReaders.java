package dev.tenon.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.MethodModel;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.RowShape;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Static methods that build rows by column index: one per entity ({@code readBook(row, at)}), used
 * wherever that entity appears, and one per DAO method for its row type.
 */
final class RowReaders {
  private final ClassName generated;
  private final NameAllocator members;
  private final Map<String, String> entityReaders = new LinkedHashMap<>();
  private final Map<String, SharedReader> rowReaders = new LinkedHashMap<>();
  /** In class order: {@link MethodSpec}s, and {@link SharedReader}s built once all users are known. */
  private final List<Object> methods = new ArrayList<>();

  RowReaders(ClassName generated, NameAllocator members) {
    this.generated = generated;
    this.members = members;
  }

  ClassName generated() {
    return generated;
  }

  /**
   * The reader for {@code method}'s (unfolded) rows; returns its name. Methods whose rows are read
   * the same way share one reader, so the class holds (and javac compiles) each reader once.
   */
  String rowReader(MethodModel method) {
    String methodName = method.element().getSimpleName().toString();
    RowShape row = method.row();
    ColumnIndex index = new ColumnIndex(method.query().select());
    TypeName returns;
    CodeBlock body;
    if (row instanceof RowShape.EntityRow entityRow) {
      returns = ClassName.get(entityType(entityRow.alias().entity()));
      body =
          CodeBlock.of(
              "return $L(row, $L)",
              entityReader(entityRow.alias().entity()),
              index.start(entityRow.alias().name()));
    } else if (row instanceof RowShape.ScalarRow scalar) {
      returns = TypeName.get(scalar.expression().type().mirror()).box();
      body =
          CodeBlock.of(
              "return $L",
              Reads.read(
                  scalar.expression().type(),
                  "row",
                  CodeBlock.of("$L", index.at(scalar.expression()))));
    } else {
      RowShape.RecordRow record = (RowShape.RecordRow) row;
      returns = TypeName.get(record.type());
      List<CodeBlock> arguments = new ArrayList<>();
      for (RowShape.Component component : record.components()) {
        arguments.add(value(component, index));
      }
      body = CodeBlock.of("return new $T($L)", returns, CodeBlock.join(arguments, ",\n    "));
    }
    // The key is the rendered return type and statement: equal text is equal code in one class.
    String key = returns + "\n" + body;
    SharedReader shared = rowReaders.get(key);
    if (shared == null) {
      shared = new SharedReader(DaoWriter.fresh(members, "map" + capitalize(methodName)), returns, body);
      rowReaders.put(key, shared);
      methods.add(shared);
    }
    shared.users.add(methodName);
    return shared.name;
  }

  /** A row reader and the DAO methods that use it. */
  private static final class SharedReader {
    final String name;
    final TypeName returns;
    final CodeBlock body;
    final List<String> users = new ArrayList<>();

    SharedReader(String name, TypeName returns, CodeBlock body) {
      this.name = name;
      this.returns = returns;
      this.body = body;
    }

    MethodSpec build() {
      MethodSpec.Builder spec =
          MethodSpec.methodBuilder(name)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(returns)
              .addParameter(ResultSet.class, "row")
              .addException(SQLException.class)
              .addStatement(body);
      if (users.size() > 1) {
        spec.addJavadoc("Reads the rows of {@code $L}.\n", String.join("}, {@code ", users));
      }
      return spec.build();
    }
  }

  /** The value of a non-collection component, read from the current row. */
  CodeBlock value(RowShape.Component component, ColumnIndex index) {
    CodeBlock value;
    if (component instanceof RowShape.AliasComponent aliasComponent) {
      value = entityValue(aliasComponent.alias(), index.start(aliasComponent.alias().name()));
    } else if (component instanceof RowShape.AggregateComponent aggregate) {
      value =
          Reads.read(aggregate.value().type(), "row", CodeBlock.of("$L", index.at(aggregate.value())));
    } else if (component instanceof RowShape.ExprComponent expr) {
      value =
          Reads.read(expr.expression().type(), "row", CodeBlock.of("$L", index.at(expr.expression())));
    } else {
      throw new IllegalStateException("a collection has no single value: " + component);
    }
    if (component.optional()) {
      value = CodeBlock.of("$T.ofNullable($L)", Optional.class, value);
    }
    return value;
  }

  /** An alias's entity starting at column {@code at}: null where an outer join found none. */
  CodeBlock entityValue(Alias alias, int at) {
    String reader = entityReader(alias.entity());
    if (!alias.nullable()) {
      return CodeBlock.of("$L(row, $L)", reader, at);
    }
    Entity entity = alias.entity();
    Property id = entity.ids().get(0);
    int idIndex = at + entity.properties().indexOf(id);
    return CodeBlock.of("$L ? null : $L(row, $L)", Reads.isNull(id.type(), "row", idIndex), reader, at);
  }

  String entityReader(Entity entity) {
    String existing = entityReaders.get(entity.qualifiedName());
    if (existing != null) {
      return existing;
    }
    String name = DaoWriter.fresh(members, "read" + entity.simpleName());
    entityReaders.put(entity.qualifiedName(), name);
    List<CodeBlock> arguments = new ArrayList<>();
    int offset = 0;
    for (Property property : entity.properties()) {
      CodeBlock index = offset == 0 ? CodeBlock.of("at") : CodeBlock.of("at + $L", offset);
      arguments.add(Reads.read(property.type(), "row", index));
      offset++;
    }
    methods.add(
        MethodSpec.methodBuilder(name)
            .addJavadoc(
                "Reads {@link $T} from the columns starting at {@code at}.\n", entityType(entity))
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(ClassName.get(entityType(entity)))
            .addParameter(ResultSet.class, "row")
            .addParameter(int.class, "at")
            .addException(SQLException.class)
            .addStatement(
                "return new $T($L)", entityType(entity), CodeBlock.join(arguments, ",\n    "))
            .build());
    return name;
  }

  /** Adds a method written elsewhere (fold builders) to the class, after the readers. */
  void add(MethodSpec method) {
    methods.add(method);
  }

  void addTo(TypeSpec.Builder type) {
    for (Object method : methods) {
      type.addMethod(method instanceof SharedReader shared ? shared.build() : (MethodSpec) method);
    }
  }

  static TypeElement entityType(Entity entity) {
    return (TypeElement) entity.origin().element();
  }

  static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
