package dev.tenon.processor.parse;

import dev.tenon.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads a {@code ColumnConverter<J, C>} class: which Java type it stores, as which supported
 * column type, and whether the generated DAO can make one. Each generated DAO holds one instance
 * per converter, in a constant named after the class ({@code MONEY_COLUMNS_CONVERTER}).
 */
public final class ConverterReader {
  private static final String INTERFACE = "dev.tenon.ColumnConverter";

  private ConverterReader() {}

  /**
   * What {@code converter} stores, or why it cannot be used.
   *
   * @param javaType what it is for (a component's or parameter's type)
   */
  public static Result read(Types types, TypeElement converter, TypeMirror javaType) {
    if (converter.getKind() != ElementKind.CLASS || converter.getModifiers().contains(Modifier.ABSTRACT)) {
      return Result.error(converter.getQualifiedName() + " is not a concrete class");
    }
    boolean constructor =
        ElementFilter.constructorsIn(converter.getEnclosedElements()).stream()
            .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
    if (!constructor || (converter.getNestingKind().isNested() && !converter.getModifiers().contains(Modifier.STATIC))) {
      return Result.error(
          converter.getQualifiedName() + " needs a no-argument constructor (and, nested, to be static)"
              + " for the DAO to make its one instance");
    }
    DeclaredType implemented = implemented(types, converter.asType());
    if (implemented == null || implemented.getTypeArguments().size() != 2) {
      return Result.error(converter.getQualifiedName() + " does not implement ColumnConverter<J, C> with both types given");
    }
    TypeMirror java = implemented.getTypeArguments().get(0);
    TypeMirror column = implemented.getTypeArguments().get(1);
    TypeMirror wanted = javaType.getKind().isPrimitive()
        ? types.boxedClass((javax.lang.model.type.PrimitiveType) javaType).asType()
        : javaType;
    if (!types.isSameType(types.erasure(java), types.erasure(wanted))) {
      return Result.error(
          converter.getQualifiedName() + " converts " + java + ", not " + javaType);
    }
    ValueType columnType = TypeSolver.solve(column);
    if (columnType == null || columnType.record() != null || columnType.primitive()) {
      return Result.error(
          converter.getQualifiedName() + " stores " + java + " as " + column
              + ", which Tenon does not bind itself; use a supported column type (String, Long, BigDecimal, …)");
    }
    return new Result(
        new ValueType(
            columnType.kind(),
            false,
            wanted,
            null,
            new ValueType.Converted(converter.asType(), fieldName(converter), columnType)),
        null);
  }

  /** The constant of the generated DAO that holds the converter: {@code MONEY_COLUMNS_CONVERTER}. */
  static String fieldName(TypeElement converter) {
    String name = converter.getSimpleName().toString();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString().toUpperCase(Locale.ROOT) + "_CONVERTER";
  }

  /** {@code ColumnConverter<J, C>} as {@code type} implements it, or null. */
  private static DeclaredType implemented(Types types, TypeMirror type) {
    List<TypeMirror> queue = new ArrayList<>(List.of(type));
    while (!queue.isEmpty()) {
      TypeMirror next = queue.remove(0);
      if (next instanceof DeclaredType declared
          && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(INTERFACE)) {
        return declared;
      }
      queue.addAll(types.directSupertypes(next));
    }
    return null;
  }

  /** The converted value type, or the reason the converter cannot serve. */
  public record Result(ValueType type, String error) {
    static Result error(String error) {
      return new Result(null, error);
    }
  }

  /** The converter of {@code converters} that converts {@code javaType}, or null. */
  public static Result forType(Types types, List<TypeElement> converters, TypeMirror javaType) {
    for (TypeElement converter : converters) {
      Result result = read(types, converter, javaType);
      if (result.type() != null) {
        return result;
      }
    }
    return null;
  }

}
