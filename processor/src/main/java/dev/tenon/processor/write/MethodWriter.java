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
import dev.tenon.processor.model.BatchModel;
import dev.tenon.processor.model.MethodModel;
import dev.tenon.processor.model.Parameter;
import dev.tenon.processor.model.ParameterRole;
import dev.tenon.processor.model.ReturnKind;
import dev.tenon.processor.sql.Binding;
import dev.tenon.processor.sql.PlannedSql;
import dev.tenon.processor.sql.SqlPlanner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Writes one DAO method, its SQL constants and its row reader. */
final class MethodWriter {
  private static final ClassName BINDER = ClassName.get("dev.tenon.runtime", "Binder");
  private static final ClassName ARGUMENTS = ClassName.get("dev.tenon.runtime", "Arguments");

  private final TypeSpec.Builder type;
  private final ClassName iface;
  private final MethodModel method;
  private final String constant;
  private final Map<Dialect, PlannedSql> planned;
  private final RowReaders readers;
  private final NameAllocator members;
  private final SqlReport report;

  MethodWriter(
      TypeSpec.Builder type,
      ClassName iface,
      MethodModel method,
      String constant,
      Map<Dialect, PlannedSql> planned,
      RowReaders readers,
      NameAllocator members,
      SqlReport report) {
    this.type = type;
    this.iface = iface;
    this.method = method;
    this.constant = constant;
    this.planned = planned;
    this.readers = readers;
    this.members = members;
    this.report = report;
  }

  /** With optional conditions: the method's builder and its {@code int variant} local. */
  private MethodSpec.Builder variantSpec;
  private NameAllocator variantLocals;
  private String variant;

  void write() {
    List<Binding> bindings = sameBindings(planned);
    boolean variants = !method.query().optionalWheres().isEmpty();
    if (!variants) {
      addSqlConstants(constant, planned, method.query().method());
    }

    NameAllocator locals = new NameAllocator();
    MethodSpec.Builder spec =
        MethodSpec.methodBuilder(method.element().getSimpleName().toString())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.get(method.element().getReturnType()));
    List<String> arguments = new ArrayList<>();
    for (VariableElement parameter : method.element().getParameters()) {
      String name = parameter.getSimpleName().toString();
      locals.newName(name, parameter);
      arguments.add(name);
      spec.addParameter(ParameterSpec.builder(TypeName.get(parameter.asType()), name).build());
    }
    addPagingChecks(spec);
    String statement = DaoWriter.fresh(locals, "statement");
    String dialect = DaoWriter.fresh(locals, "dialect");
    String keys = DaoWriter.fresh(locals, "keys");
    CodeBlock binder;
    CodeBlock query;
    if (variants) {
      variantSpec = spec;
      variantLocals = locals;
      variant = DaoWriter.fresh(locals, "variant");
      spec.addStatement("int $L = $L", variant, variantMask());
      String binderLocal = DaoWriter.fresh(locals, "binder");
      query = variantStatements(constant, false, statement, dialect, binderLocal);
      binder = CodeBlock.of("$L", binderLocal);
    } else {
      query = CodeBlock.of("$L", constant);
      binder = binder(bindings, statement, dialect, null);
    }
    if (method.fold() == MethodModel.Fold.FOLDED) {
      Map<BatchModel, String> batchConstants = new LinkedHashMap<>();
      Map<BatchModel, CodeBlock> batchBinders = new LinkedHashMap<>();
      for (BatchModel batch : method.batches()) {
        Map<Dialect, PlannedSql> batchSql = new LinkedHashMap<>();
        for (Dialect each : planned.keySet()) {
          batchSql.put(each, SqlPlanner.plan(batch.query(), each));
        }
        String batchConstant =
            DaoWriter.fresh(members, constant + "_" + DaoWriter.constantName(batch.query().root().name()));
        addSqlConstants(batchConstant, batchSql, batch.query().method());
        report.add(
            method.element().getSimpleName().toString(),
            "batch " + batch.query().root().name(),
            batchSql);
        batchConstants.put(batch, batchConstant);
        batchBinders.put(batch, binder(sameBindings(batchSql), statement, dialect, keys));
      }
      String fold =
          DaoWriter.fresh(members, "fold" + RowReaders.capitalize(method.element().getSimpleName().toString()));
      readers.add(new FoldWriter(method, readers, batchConstants, batchBinders).write(fold));
      String call =
          switch (method.returnKind()) {
            case LIST, PAGE -> "folded";
            case OPTIONAL -> "foldedOptional";
            case SINGLE -> "foldedSingle";
            case STREAM -> "foldedStream";
          };
      spec.addStatement(
          "return $L",
          page(
              CodeBlock.of(
                  "this.session.$L$L($L, $L, $L($L))",
                  typeWitness(),
                  call,
                  query,
                  binder,
                  fold,
                  String.join(", ", arguments)),
              statement,
              dialect));
    } else {
      String reader = readers.rowReader(method);
      String call =
          switch (method.returnKind()) {
            case LIST, PAGE -> "list";
            case OPTIONAL -> "optional";
            case SINGLE -> "single";
            case STREAM -> "stream";
          };
      spec.addStatement(
          "return $L",
          page(
              CodeBlock.of(
                  "this.session.$L$L($L, $L, $T::$L)",
                  typeWitness(),
                  call,
                  query,
                  binder,
                  readers.generated(),
                  reader),
              statement,
              dialect));
    }
    type.addMethod(spec.build());
  }

  /**
   * A negative {@code @Limit} or {@code @Offset} fails before any connection is used: SQLite would
   * read it as "no limit", the other databases reject it with a raw SQL error.
   */
  private void addPagingChecks(MethodSpec.Builder spec) {
    for (Parameter paging : new Parameter[] {method.query().limit(), method.query().offset()}) {
      if (paging != null) {
        spec.addStatement(
            "$T.requireNonNegative($L, $S, $S, $S)",
            ARGUMENTS,
            paging.name(),
            method.query().method(),
            paging.role() == ParameterRole.LIMIT ? "@Limit" : "@Offset",
            paging.name());
      }
    }
  }

  /**
   * For {@code Page<R>}, the rows wrapped with the total of a second statement, which counts what
   * the query matches without paging (measured against a window {@code COUNT(*) OVER ()}: see
   * benchmarks/README.md); other return kinds as they are.
   */
  private CodeBlock page(CodeBlock rows, String statement, String dialect) {
    if (method.returnKind() != ReturnKind.PAGE) {
      return rows;
    }
    if (variant != null) {
      String countBinder = DaoWriter.fresh(variantLocals, "totalBinder");
      CodeBlock countQuery = variantStatements(constant + "_TOTAL", true, statement, dialect, countBinder);
      return CodeBlock.of(
          "new $T<>($L,\n    this.session.count($L, $L))",
          ClassName.get("dev.tenon", "Page"),
          rows,
          countQuery,
          countBinder);
    }
    Map<Dialect, PlannedSql> countSql = new LinkedHashMap<>();
    for (Dialect each : planned.keySet()) {
      countSql.put(each, SqlPlanner.planCount(method.query(), each));
    }
    String countConstant = DaoWriter.fresh(members, constant + "_TOTAL");
    addSqlConstants(countConstant, countSql, method.query().method() + " (total)");
    report.add(method.element().getSimpleName().toString(), "total", countSql);
    CodeBlock countBinder = binder(sameBindings(countSql), statement, dialect, null);
    return CodeBlock.of(
        "new $T<>($L,\n    this.session.count($L, $L))",
        ClassName.get("dev.tenon", "Page"),
        rows,
        countConstant,
        countBinder);
  }

  /**
   * {@code (a != null ? 1 : 0) | (b != null && c != null ? 2 : 0) …}: bit {@code i} set keeps
   * optional condition {@code i}, the index of the call's statement among the combinations.
   */
  private CodeBlock variantMask() {
    List<CodeBlock> bits = new ArrayList<>();
    List<dev.tenon.processor.model.QueryModel.OptionalWhere> optional =
        method.query().optionalWheres();
    for (int i = 0; i < optional.size(); i++) {
      List<CodeBlock> present = new ArrayList<>();
      for (String parameter : optional.get(i).parameters()) {
        present.add(CodeBlock.of("$L != null", parameter));
      }
      bits.add(CodeBlock.of("($L ? $L : 0)", CodeBlock.join(present, " && "), 1 << i));
    }
    return CodeBlock.join(bits, " | ");
  }

  /**
   * One statement per combination of optional conditions, made here at compile time: a {@code
   * Query} constant each, an array of them indexed by the call's variant, and a local binder
   * chosen by a switch on it. Returns the array access.
   */
  /** Which optional conditions variant {@code mask} keeps, by the parameters they name. */
  private String variantDescription(int mask) {
    List<String> kept = new ArrayList<>();
    List<dev.tenon.processor.model.QueryModel.OptionalWhere> optional = method.query().optionalWheres();
    for (int i = 0; i < optional.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        kept.add(String.join("+", optional.get(i).parameters()) + " given");
      }
    }
    return kept.isEmpty() ? "no optional filter" : String.join(", ", kept);
  }

  private CodeBlock variantStatements(
      String base, boolean total, String statement, String dialect, String binderLocal) {
    int count = 1 << method.query().optionalWheres().size();
    List<CodeBlock> names = new ArrayList<>();
    CodeBlock.Builder choose =
        CodeBlock.builder().add("$T $L = switch ($L) {\n", BINDER, binderLocal, variant).indent();
    for (int mask = 0; mask < count; mask++) {
      dev.tenon.processor.model.QueryModel query = method.query().variant(mask);
      Map<Dialect, PlannedSql> sql = new LinkedHashMap<>();
      for (Dialect each : planned.keySet()) {
        sql.put(each, total ? SqlPlanner.planCount(query, each) : SqlPlanner.plan(query, each));
      }
      String name = DaoWriter.fresh(members, base + "_" + mask);
      addSqlConstants(
          name, sql, method.query().method() + (total ? " (total)" : "") + " [" + mask + "]");
      report.add(
          method.element().getSimpleName().toString(),
          (total ? "total, " : "") + "variant " + mask + ": " + variantDescription(mask),
          sql);
      names.add(CodeBlock.of("$L", name));
      choose.add(
          mask == count - 1 ? "default -> $L;\n" : "case $L -> $L;\n",
          mask == count - 1
              ? new Object[] {binder(sameBindings(sql), statement, dialect, null)}
              : new Object[] {mask, binder(sameBindings(sql), statement, dialect, null)});
    }
    variantSpec.addStatement(choose.unindent().add("}").build());
    String array = DaoWriter.fresh(members, base);
    type.addField(
        FieldSpec.builder(
                com.palantir.javapoet.ArrayTypeName.of(DaoWriter.QUERY),
                array,
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("The statement of each combination of optional conditions, by variant.\n")
            .initializer("{$L}", CodeBlock.join(names, ", "))
            .build());
    return CodeBlock.of("$L[$L]", array, variant);
  }

  /**
   * {@code <Row>} for the session call, where the row type can be written: javac then checks the
   * binder lambda and the reader against known types instead of inferring the call's type
   * argument through them (about 40% of javac's attribution of the generated classes, measured).
   */
  private CodeBlock typeWitness() {
    TypeMirror returned = method.element().getReturnType();
    TypeMirror row;
    if (method.returnKind() == ReturnKind.SINGLE) {
      row = returned;
    } else if (returned instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
      row = declared.getTypeArguments().get(0);
    } else {
      return CodeBlock.of("");
    }
    if (row.getKind() != TypeKind.DECLARED && !row.getKind().isPrimitive()) {
      return CodeBlock.of(""); // a wildcard, type variable or array: leave it to inference
    }
    return CodeBlock.of("<$T>", TypeName.get(row).box().withoutAnnotations());
  }

  /** Binding order must not depend on the dialect: one binder serves every dialect's SQL. */
  private List<Binding> sameBindings(Map<Dialect, PlannedSql> planned) {
    List<Binding> first = null;
    for (PlannedSql sql : planned.values()) {
      if (first == null) {
        first = sql.bindings();
      } else if (!first.equals(sql.bindings())) {
        throw new IllegalStateException(
            "bindings differ between dialects for " + method.query().method());
      }
    }
    return first == null ? List.of() : first;
  }

  private void addSqlConstants(
      String constant, Map<Dialect, PlannedSql> planned, String queryName) {
    Map<Dialect, String> sql = new LinkedHashMap<>();
    planned.forEach((dialect, statement) -> sql.put(dialect, statement.sql()));
    SqlConstants.add(
        type, members, iface, method.element().getSimpleName().toString(), constant, sql, queryName);
  }

  /** A binder lambda; with {@code keys}, a batch binder whose parents' keys are that list. */
  static CodeBlock binder(List<Binding> bindings, String statement, String dialect, String keys) {
    if (bindings.isEmpty() && keys == null) {
      return CodeBlock.of("$T.NONE", BINDER);
    }
    CodeBlock.Builder code =
        keys == null
            ? CodeBlock.builder().add("($L, $L) -> {\n", statement, dialect).indent()
            : CodeBlock.builder().add("($L, $L, $L) -> {\n", statement, dialect, keys).indent();
    int index = 1;
    for (Binding binding : bindings) {
      Parameter parameter = binding.parameter();
      CodeBlock bind =
          binding.array()
              ? Reads.bindCollection(
                  // A batch's parent keys are column values already, never value records.
                  parameter.name().equals(BatchModel.KEYS) ? parameter.type().column() : parameter.type(),
                  statement,
                  index,
                  dialect,
                  parameter.name().equals(BatchModel.KEYS) ? keys : parameter.name())
              : Reads.bind(parameter.type(), statement, index, parameter.name());
      code.add("$L;\n", bind);
      index++;
    }
    return code.unindent().add("}").build();
  }
}
