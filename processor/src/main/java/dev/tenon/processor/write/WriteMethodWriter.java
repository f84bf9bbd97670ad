package dev.tenon.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tenon.Dialect;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.WriteKind;
import dev.tenon.processor.model.WriteModel;
import dev.tenon.processor.model.WriteReturn;
import dev.tenon.processor.sql.Binding;
import dev.tenon.processor.sql.PlannedWrite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * Writes one {@code @Insert}/{@code @Update}/{@code @Delete}/{@code @Upsert} method: its SQL
 * constants, a static binder reading the entity's values by accessor, and a short body that hands
 * them to the runtime's write calls and turns the count, key or stored row into the return value.
 */
final class WriteMethodWriter {
  private static final ClassName KEYS = ClassName.get("dev.tenon.runtime", "Keys");
  private static final ClassName COUNTING = DaoWriter.DAO_SESSION.nestedClass("Counting");

  private final TypeSpec.Builder type;
  private final ClassName iface;
  private final WriteModel write;
  private final String constant;
  private final Map<Dialect, PlannedWrite> planned;
  private final WriteHelpers helpers;
  private final NameAllocator members;

  WriteMethodWriter(
      TypeSpec.Builder type,
      ClassName iface,
      WriteModel write,
      String constant,
      Map<Dialect, PlannedWrite> planned,
      WriteHelpers helpers,
      NameAllocator members) {
    this.type = type;
    this.iface = iface;
    this.write = write;
    this.constant = constant;
    this.planned = planned;
    this.helpers = helpers;
    this.members = members;
  }

  void write() {
    String name = write.element().getSimpleName().toString();
    PlannedWrite first = planned.values().iterator().next();
    for (PlannedWrite each : planned.values()) {
      if (!each.columns().equals(first.columns()) || !each.parameters().equals(first.parameters())) {
        throw new IllegalStateException("bindings differ between dialects for " + write.method());
      }
    }
    Map<Dialect, String> sql = new LinkedHashMap<>();
    Map<Dialect, String> reread = new LinkedHashMap<>();
    List<Dialect> returning = new ArrayList<>();
    planned.forEach(
        (dialect, statement) -> {
          sql.put(dialect, statement.sql());
          if (statement.reread() != null) {
            reread.put(dialect, statement.reread());
          }
          if (statement.rowsBack() == PlannedWrite.RowsBack.RESULT_SET) {
            returning.add(dialect);
          }
        });
    SqlConstants.add(type, members, iface, name, constant, sql, write.method());
    String rereadConstant = null;
    if (!reread.isEmpty()) {
      rereadConstant = DaoWriter.fresh(members, constant + "_REREAD");
      SqlConstants.add(type, members, iface, name, rereadConstant, reread, write.method());
    }

    MethodSpec.Builder spec =
        MethodSpec.methodBuilder(name)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.get(write.element().getReturnType()));
    NameAllocator locals = new NameAllocator();
    for (VariableElement parameter : write.element().getParameters()) {
      String parameterName = parameter.getSimpleName().toString();
      locals.newName(parameterName, parameter);
      spec.addParameter(ParameterSpec.builder(TypeName.get(parameter.asType()), parameterName).build());
    }
    CodeBlock body;
    if (!write.ofEntity()) {
      body = declared(first.parameters(), locals);
    } else if (write.batch()) {
      body = batch(first, returning, locals);
    } else {
      body = single(first, returning, rereadConstant, locals);
    }
    type.addMethod(spec.addCode(body).build());
  }

  /** A declared {@code @Update}/{@code @Delete}: bind the parameters, return the count. */
  private CodeBlock declared(List<Binding> bindings, NameAllocator locals) {
    String statement = DaoWriter.fresh(locals, "statement");
    String dialect = DaoWriter.fresh(locals, "dialect");
    CodeBlock binder = MethodWriter.binder(bindings, statement, dialect, null);
    return returnCount(CodeBlock.of("this.session.update($L, $L)", constant, binder), false);
  }

  private CodeBlock single(
      PlannedWrite first, List<Dialect> returning, String rereadConstant, NameAllocator locals) {
    Entity entity = write.entity();
    String row = write.entityParameter();
    String statement = DaoWriter.fresh(locals, "statement");
    String dialect = DaoWriter.fresh(locals, "dialect");
    String bind = helpers.rowBinder(write, first.columns());
    CodeBlock binder = CodeBlock.of("($L, $L) -> $L($L, $L, $L)", statement, dialect, bind, statement, dialect, row);
    CodeBlock.Builder code = CodeBlock.builder();
    code.addStatement("$T.require($L, $S, $L, $T::$L)", DaoWriter.DAO_SESSION, constant, row, row, helpers.generated(), helpers.rowCheck(entity));
    CodeBlock update = CodeBlock.of("this.session.update($L, $L)", constant, binder);
    WriteReturn returns = write.returns();
    if (write.readsGeneratedKey()) {
      String keys = keysConstant(returning);
      CodeBlock insert =
          CodeBlock.of("this.session.insertKey($L, $L, $L, $T::$L)", constant, keys, binder, helpers.generated(), helpers.keyReader(entity));
      if (returns == WriteReturn.KEY) {
        return code.addStatement("return $L", insert).build();
      }
      String key = DaoWriter.fresh(locals, "key");
      Property generated = entity.generatedId();
      code.addStatement("$T $L = $L", TypeName.get(generated.type().mirror()).box(), key, insert);
      return code.addStatement("return $L", construct(row, generated, CodeBlock.of("$L", key))).build();
    }
    if (write.kind() == WriteKind.UPSERT && returns == WriteReturn.ENTITY) {
      String rereadBinder = "null";
      if (rereadConstant != null) {
        String bindKey = helpers.rowBinder(write, planned.values().stream()
            .filter(p -> p.reread() != null).findFirst().orElseThrow().rereadColumns(), "Key");
        rereadBinder = CodeBlock.of("($L, $L) -> $L($L, $L, $L)", statement, dialect, bindKey, statement, dialect, row).toString();
      }
      return code.addStatement(
              "return this.session.writeReturning($L, $L, $L, $L, $T::$L)",
              constant, binder, rereadConstant == null ? "null" : rereadConstant, rereadBinder,
              helpers.generated(), helpers.storedReader(entity))
          .build();
    }
    boolean mustMatch =
        (write.kind() == WriteKind.UPDATE && (returns == WriteReturn.VOID || returns == WriteReturn.ENTITY))
            || (write.kind() == WriteKind.DELETE && returns == WriteReturn.VOID && entity.version() != null);
    if (mustMatch) {
      code.beginControlFlow("if ($L == 0)", update)
          .addStatement("throw $T.stale($L)", DaoWriter.DAO_SESSION, constant)
          .endControlFlow();
      if (returns == WriteReturn.ENTITY) {
        Property version = entity.version();
        code.addStatement(
            "return $L",
            version == null
                ? CodeBlock.of("$L", row)
                : construct(row, version, CodeBlock.of("$L.$L() + 1", row, version.accessor())));
      }
      return code.build();
    }
    if (returns == WriteReturn.ENTITY) {
      return code.addStatement("$L", update).addStatement("return $L", row).build();
    }
    return code.add(returnCount(update, write.kind() == WriteKind.UPSERT)).build();
  }

  private CodeBlock batch(PlannedWrite first, List<Dialect> returning, NameAllocator locals) {
    Entity entity = write.entity();
    String rows = write.entityParameter();
    String bind = helpers.rowBinder(write, first.columns());
    String check = helpers.rowCheck(entity);
    ClassName generated = helpers.generated();
    if (write.returns() == WriteReturn.ENTITY_LIST && write.readsGeneratedKey()) {
      String keys = keysConstant(returning);
      Property id = entity.generatedId();
      String row = DaoWriter.fresh(locals, "row");
      String key = DaoWriter.fresh(locals, "key");
      return CodeBlock.builder()
          .addStatement(
              "return this.session.insertBatch($L, $L, $S, $L, $T::$L, $T::$L, $T::$L, ($L, $L) -> $L)",
              constant, keys, rows, rows, generated, check, generated, bind, generated,
              helpers.keyReader(entity), row, key, construct(row, id, CodeBlock.of("$L", key)))
          .build();
    }
    WriteReturn returns = write.returns();
    String counting =
        write.kind() == WriteKind.UPSERT
            ? "ONCE_PER_ROW"
            : returns == WriteReturn.VOID
                    && (write.kind() == WriteKind.UPDATE
                        || (write.kind() == WriteKind.DELETE && entity.version() != null))
                ? "EVERY_ROW"
                : "ROWS_CHANGED";
    if (returns == WriteReturn.ENTITY_LIST) {
      // Stored as given (no generated key): copied first, so a one-shot Iterable is read once.
      TypeName element = ClassName.get(RowReaders.entityType(entity));
      String stored = DaoWriter.fresh(locals, "stored");
      String row = DaoWriter.fresh(locals, "row");
      return CodeBlock.builder()
          .addStatement("$T<$T> $L = new $T<>()", List.class, element, stored, ArrayList.class)
          .beginControlFlow("for ($T $L : $L)", element, row, rows)
          .addStatement("$L.add($L)", stored, row)
          .endControlFlow()
          .addStatement(
              "this.session.batch($L, $S, $L, $T::$L, $T::$L, $T.$L)",
              constant, rows, stored, generated, check, generated, bind, COUNTING, counting)
          .addStatement("return $L", stored)
          .build();
    }
    CodeBlock call =
        CodeBlock.of(
            "this.session.batch($L, $S, $L, $T::$L, $T::$L, $T.$L)",
            constant, rows, rows, generated, check, generated, bind, COUNTING, counting);
    return switch (returns) {
      case VOID -> CodeBlock.builder().addStatement("$L", call).build();
      case INT -> CodeBlock.builder().addStatement("return $T.toIntExact($L)", Math.class, call).build();
      case LONG -> CodeBlock.builder().addStatement("return $L", call).build();
      case BOOLEAN -> CodeBlock.builder().addStatement("return $L > 0", call).build();
      default -> throw new IllegalStateException("batch cannot return " + returns);
    };
  }

  /** {@code return count} in the method's type; an upsert counts its row once (MySQL says 2). */
  private CodeBlock returnCount(CodeBlock update, boolean oncePerRow) {
    CodeBlock count = oncePerRow ? CodeBlock.of("$T.min($L, 1)", Math.class, update) : update;
    return switch (write.returns()) {
      case VOID -> CodeBlock.builder().addStatement("$L", update).build();
      case INT -> CodeBlock.builder().addStatement("return $L", count).build();
      case LONG -> CodeBlock.builder().addStatement("return (long) $L", count).build();
      case BOOLEAN -> CodeBlock.builder().addStatement("return $L > 0", update).build();
      default -> throw new IllegalStateException("no count for " + write.returns());
    };
  }

  /** {@code new E(row.a(), …)} with {@code replaced}'s value instead of its accessor's. */
  private CodeBlock construct(String row, Property replaced, CodeBlock value) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (Property property : write.entity().properties()) {
      arguments.add(
          property.equals(replaced) ? value : CodeBlock.of("$L.$L()", row, property.accessor()));
    }
    return CodeBlock.of(
        "new $T($L)", ClassName.get(RowReaders.entityType(write.entity())), CodeBlock.join(arguments, ", "));
  }

  /** The {@code Keys} constant: which dialects' SQL returns the key as rows. */
  private String keysConstant(List<Dialect> returning) {
    String name = DaoWriter.fresh(members, constant + "_KEYS");
    CodeBlock.Builder initializer =
        CodeBlock.builder().add("$T.of($S", KEYS, write.entity().generatedId().column());
    if (!returning.isEmpty()) {
      initializer.add(", $L", DaoWriter.dialectList(returning));
    }
    type.addField(
        FieldSpec.builder(KEYS, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("How {@link $T#$L} reads its generated key.\n", iface, write.element().getSimpleName())
            .initializer(initializer.add(")").build())
            .build());
    return name;
  }
}
