package dev.tenon.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.BatchModel;
import dev.tenon.processor.model.Join;
import dev.tenon.processor.model.MethodModel;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.QueryModel;
import dev.tenon.processor.model.RowShape;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * Writes {@code foldX(…)}: the {@code Fold} tree that tells the runtime how rows become roots with
 * collections: per level, how its key and own values are read, how the value is built, and for a
 * BATCH collection which statement loads it.
 */
final class FoldWriter {
  static final ClassName FOLD = ClassName.get("dev.tenon.runtime", "Fold");

  private final MethodModel method;
  private final RowReaders readers;
  private final Map<BatchModel, CodeBlock> batchBinders;
  private final Map<BatchModel, String> batchConstants;

  FoldWriter(
      MethodModel method,
      RowReaders readers,
      Map<BatchModel, String> batchConstants,
      Map<BatchModel, CodeBlock> batchBinders) {
    this.method = method;
    this.readers = readers;
    this.batchConstants = batchConstants;
    this.batchBinders = batchBinders;
  }

  /** The method {@code name(params…)} returning the fold tree; BATCH binders capture params. */
  MethodSpec write(String name) {
    MethodSpec.Builder spec =
        MethodSpec.methodBuilder(name)
            .addJavadoc("How rows of {@code $L} fold into results.\n", method.element().getSimpleName())
            .addAnnotation(
                AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build())
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(FOLD);
    for (VariableElement parameter : method.element().getParameters()) {
      spec.addParameter(
          ParameterSpec.builder(TypeName.get(parameter.asType()), parameter.getSimpleName().toString())
              .build());
    }
    QueryModel query = method.query();
    ColumnIndex index = new ColumnIndex(query.select());
    spec.addStatement("return $L", node(method.row(), query.root(), index, query));
    return spec.build();
  }

  /** A level with collections of its own (always the root): own values, built after its rows. */
  private CodeBlock node(RowShape shape, Alias keyAlias, ColumnIndex index, QueryModel query) {
    return CodeBlock.of(
        "$T.of(\n$>$L,\n$L,\n$L$L$<)",
        FOLD,
        key(keyAlias, index),
        own(shape, index),
        build(shape),
        children(shape, index, query));
  }

  /**
   * A collection's level read from {@code query}'s rows: a node, or a leaf read in one step, with
   * no key where {@code unique} says no row repeats an element.
   */
  private CodeBlock level(
      RowShape shape, Alias alias, boolean unique, ColumnIndex index, QueryModel query) {
    if (hasCollections(shape)) {
      return node(shape, alias, index, query);
    }
    if (unique) {
      return CodeBlock.of("$T.uniqueLeaf(row -> $L)", FOLD, presentItem(shape, alias, index));
    }
    return CodeBlock.of(
        "$T.leaf(\n$>$L,\nrow -> $L$<)", FOLD, key(alias, index), item(shape, index));
  }

  private static boolean hasCollections(RowShape shape) {
    return shape instanceof RowShape.RecordRow record
        && record.components().stream().anyMatch(c -> c instanceof RowShape.CollectionComponent);
  }

  /**
   * Whether no row of {@code query} repeats an element of {@code join}'s collection within its
   * parent: true when every to-many join of the statement is {@code join} or one it hangs under
   * (each other join adds at most one row), so one element is one row.
   */
  static boolean unique(Join join, QueryModel query) {
    Map<String, Join> byAlias = new HashMap<>();
    for (Join each : query.joins()) {
      byAlias.put(each.alias().name(), each);
    }
    Set<String> path = new HashSet<>();
    for (Join at = join; at != null; at = byAlias.get(at.parent().name())) {
      path.add(at.alias().name());
    }
    return onlyToManyJoins(path, query);
  }

  /** Whether every to-many join of {@code query} is one of the aliases in {@code path}. */
  static boolean onlyToManyJoins(Set<String> path, QueryModel query) {
    for (Join each : query.joins()) {
      if (each.relation().toMany() && !path.contains(each.alias().name())) {
        return false;
      }
    }
    return true;
  }

  private CodeBlock children(RowShape shape, ColumnIndex index, QueryModel query) {
    if (!(shape instanceof RowShape.RecordRow record)) {
      return CodeBlock.of("");
    }
    CodeBlock.Builder code = CodeBlock.builder();
    for (RowShape.Component component : record.components()) {
      if (!(component instanceof RowShape.CollectionComponent collection)) {
        continue;
      }
      code.add(",\n");
      if (collection.batched()) {
        code.add(batchLevel(collection));
      } else {
        Join join = collection.join();
        code.add(level(collection.element(), join.alias(), unique(join, query), index, query));
      }
    }
    return code.build();
  }

  private CodeBlock batchLevel(RowShape.CollectionComponent collection) {
    BatchModel batch =
        method.batches().stream().filter(b -> b.component() == collection).findFirst().orElseThrow();
    QueryModel query = batch.query();
    ColumnIndex index = new ColumnIndex(query.select());
    // The batch statement's root is the collection's alias: one row per element, unless a to-many
    // join of its own repeats it.
    boolean unique = onlyToManyJoins(Set.of(), query);
    Property parentKey = collection.join().relation().keys().get(0).remote();
    return CodeBlock.of(
        "$T.batch(\n$>$L,\n$L,\nrow -> $T.$L(row, 1),\n$L$<)",
        FOLD,
        batchConstants.get(batch),
        batchBinders.get(batch),
        FOLD,
        Reads.foldKey(parentKey.type()),
        level(collection.element(), query.root(), unique, index, query));
  }

  private static CodeBlock key(Alias alias, ColumnIndex index) {
    int start = index.start(alias.name());
    List<Property> ids = alias.entity().ids();
    if (ids.size() == 1) {
      int column = start + alias.entity().properties().indexOf(ids.get(0));
      return CodeBlock.of("row -> $T.$L(row, $L)", FOLD, Reads.foldKey(ids.get(0).type()), column);
    }
    List<String> columns = new ArrayList<>();
    for (Property id : ids) {
      columns.add(String.valueOf(start + alias.entity().properties().indexOf(id)));
    }
    return CodeBlock.of("row -> $T.key(row, $L)", FOLD, String.join(", ", columns));
  }

  /** A leaf's element from the current row, or null where the outer join found no row. */
  private CodeBlock presentItem(RowShape shape, Alias alias, ColumnIndex index) {
    int start = index.start(alias.name());
    if (shape instanceof RowShape.EntityRow) {
      return readers.entityValue(alias, start);
    }
    if (!alias.nullable()) {
      return item(shape, index);
    }
    Property id = alias.entity().ids().get(0);
    int column = start + alias.entity().properties().indexOf(id);
    return CodeBlock.of(
        "$L\n$>$>? null\n: $L$<$<", Reads.isNull(id.type(), "row", column), item(shape, index));
  }

  /** A leaf's element from the current row, which has one. */
  private CodeBlock item(RowShape shape, ColumnIndex index) {
    if (shape instanceof RowShape.EntityRow entityRow) {
      Alias alias = entityRow.alias();
      return CodeBlock.of(
          "$L(row, $L)", readers.entityReader(alias.entity()), index.start(alias.name()));
    }
    RowShape.RecordRow record = (RowShape.RecordRow) shape;
    List<CodeBlock> values = new ArrayList<>();
    for (RowShape.Component component : record.components()) {
      values.add(readers.value(component, index));
    }
    return CodeBlock.of(
        "new $T($L)", TypeName.get(record.type()).withoutAnnotations(), CodeBlock.join(values, ", "));
  }

  private CodeBlock own(RowShape shape, ColumnIndex index) {
    List<CodeBlock> values = new ArrayList<>();
    if (shape instanceof RowShape.EntityRow entityRow) {
      Alias alias = entityRow.alias();
      values.add(readers.entityValue(alias, index.start(alias.name())));
    } else {
      for (RowShape.Component component : ((RowShape.RecordRow) shape).components()) {
        if (!(component instanceof RowShape.CollectionComponent)) {
          values.add(readers.value(component, index));
        }
      }
    }
    return CodeBlock.of("row -> new Object[] {$L}", CodeBlock.join(values, ", "));
  }

  private static CodeBlock build(RowShape shape) {
    if (shape instanceof RowShape.EntityRow) {
      return CodeBlock.of("(own, children) -> own[0]");
    }
    RowShape.RecordRow record = (RowShape.RecordRow) shape;
    TypeElement type = (TypeElement) ((DeclaredType) record.type()).asElement();
    List<? extends RecordComponentElement> parts = type.getRecordComponents();
    List<CodeBlock> arguments = new ArrayList<>();
    int own = 0;
    int child = 0;
    for (int i = 0; i < record.components().size(); i++) {
      TypeName partType = TypeName.get(parts.get(i).asType()).withoutAnnotations();
      if (partType instanceof ParameterizedTypeName parameterized) {
        partType = parameterized.withoutAnnotations();
      }
      if (record.components().get(i) instanceof RowShape.CollectionComponent) {
        arguments.add(CodeBlock.of("($T) children[$L]", partType, child++));
      } else {
        arguments.add(CodeBlock.of("($T) own[$L]", partType, own++));
      }
    }
    return CodeBlock.of(
        "(own, children) -> new $T($L)",
        TypeName.get(record.type()).withoutAnnotations(),
        CodeBlock.join(arguments, ", "));
  }
}
