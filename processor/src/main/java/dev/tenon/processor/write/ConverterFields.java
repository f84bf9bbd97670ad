package dev.tenon.processor.write;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tenon.processor.model.DaoConverters;
import dev.tenon.processor.model.DaoModel;
import dev.tenon.processor.model.ValueType;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The one instance of each {@code ColumnConverter} a DAO uses, as a constant the readers and
 * binders hand to {@code Columns.fromColumn}/{@code toColumn}. The names are reserved before any
 * other member is named, so a method's constants cannot take them.
 */
final class ConverterFields {
  private ConverterFields() {}

  /** Adds the constants to {@code type}, reserving their names in {@code members}. */
  static void add(DaoModel dao, TypeSpec.Builder type, NameAllocator members) {
    for (Map.Entry<String, List<ValueType.Converted>> entry :
        DaoConverters.of(dao.methods(), dao.writes()).entrySet()) {
      members.newName(entry.getKey(), entry.getKey());
      TypeName converter = TypeName.get(entry.getValue().get(0).converter());
      type.addField(
          FieldSpec.builder(converter, entry.getKey(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The one {@link $T} of this DAO.\n", converter)
              .initializer("new $T()", converter)
              .build());
    }
  }
}
