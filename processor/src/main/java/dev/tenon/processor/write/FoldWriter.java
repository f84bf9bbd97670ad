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
import dev.tenon.processor.model.MethodModel;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.RowShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    ColumnIndex index = new ColumnIndex(method.query().select());
    spec.addStatement("return $L", level(method.row(), method.query().root(), index));
    return spec.build();
  }

  private CodeBlock level(RowShape shape, Alias keyAlias, ColumnIndex index) {
    return CodeBlock.of(
        "$T.of(\n$>$L,\n$L,\n$L$L$<)",
        FOLD,
        key(keyAlias, index),
        own(shape, index),
        build(shape),
        children(shape, index));
  }

  private CodeBlock children(RowShape shape, ColumnIndex index) {
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
        code.add(level(collection.element(), collection.join().alias(), index));
      }
    }
    return code.build();
  }

  private CodeBlock batchLevel(RowShape.CollectionComponent collection) {
    BatchModel batch =
        method.batches().stream().filter(b -> b.component() == collection).findFirst().orElseThrow();
    ColumnIndex index = new ColumnIndex(batch.query().select());
    return CodeBlock.of(
        "$T.batch(\n$>$L,\n$L,\nrow -> $T.key(row, 1),\n$L,\n$L,\n$L$L$<)",
        FOLD,
        batchConstants.get(batch),
        batchBinders.get(batch),
        FOLD,
        key(batch.query().root(), index),
        own(collection.element(), index),
        build(collection.element()),
        children(collection.element(), index));
  }

  private static CodeBlock key(Alias alias, ColumnIndex index) {
    int start = index.start(alias.name());
    List<String> columns = new ArrayList<>();
    for (Property id : alias.entity().ids()) {
      columns.add(String.valueOf(start + alias.entity().properties().indexOf(id)));
    }
    return CodeBlock.of("row -> $T.key(row, $L)", FOLD, String.join(", ", columns));
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
