package dev.tenon.processor.parse;

import dev.tenon.Table;
import dev.tenon.processor.model.ValueKind;
import dev.tenon.processor.model.ValueType;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Decides how a Java type is bound and read, or that it cannot be (null). */
public final class TypeSolver {
  private TypeSolver() {}

  /** The value type of {@code type}, or null when Tenon does not support it. */
  public static ValueType solve(TypeMirror type) {
    ValueKind primitive = primitive(type.getKind());
    if (primitive != null) {
      return new ValueType(primitive, true, type);
    }
    if (type instanceof ArrayType array && array.getComponentType().getKind() == TypeKind.BYTE) {
      return new ValueType(ValueKind.BYTES, false, type);
    }
    if (!(type instanceof DeclaredType declared)) {
      return null;
    }
    TypeElement element = (TypeElement) declared.asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return new ValueType(ValueKind.ENUM, false, type);
    }
    if (element.getKind() == ElementKind.RECORD) {
      return valueRecord(type, element);
    }
    ValueKind kind =
        switch (element.getQualifiedName().toString()) {
          case "java.lang.Long" -> ValueKind.LONG;
          case "java.lang.Integer" -> ValueKind.INT;
          case "java.lang.Short" -> ValueKind.SHORT;
          case "java.lang.Byte" -> ValueKind.BYTE;
          case "java.lang.Double" -> ValueKind.DOUBLE;
          case "java.lang.Float" -> ValueKind.FLOAT;
          case "java.lang.Boolean" -> ValueKind.BOOLEAN;
          case "java.lang.Character" -> ValueKind.CHAR;
          case "java.lang.String" -> ValueKind.STRING;
          case "java.math.BigDecimal" -> ValueKind.BIG_DECIMAL;
          case "java.util.UUID" -> ValueKind.UUID;
          case "java.time.LocalDate" -> ValueKind.LOCAL_DATE;
          case "java.time.LocalTime" -> ValueKind.LOCAL_TIME;
          case "java.time.LocalDateTime" -> ValueKind.LOCAL_DATE_TIME;
          case "java.time.Instant" -> ValueKind.INSTANT;
          case "java.time.OffsetDateTime" -> ValueKind.OFFSET_DATE_TIME;
          default -> null;
        };
    return kind == null ? null : new ValueType(kind, false, type);
  }

  /**
   * A record with one component of a supported type ({@code record BookId(long value)}), stored
   * as that component; an entity ({@code @Table}) is not one, nor a record of a record.
   */
  private static ValueType valueRecord(TypeMirror type, TypeElement element) {
    if (element.getAnnotation(Table.class) != null
        || element.getRecordComponents().size() != 1
        || !element.getTypeParameters().isEmpty()) {
      return null;
    }
    RecordComponentElement component = element.getRecordComponents().get(0);
    ValueType inner = solve(component.asType());
    if (inner == null || inner.record() != null) {
      return null;
    }
    return new ValueType(
        inner.kind(),
        false,
        type,
        new ValueType.ValueRecord(component.getSimpleName().toString(), inner));
  }

  private static ValueKind primitive(TypeKind kind) {
    return switch (kind) {
      case LONG -> ValueKind.LONG;
      case INT -> ValueKind.INT;
      case SHORT -> ValueKind.SHORT;
      case BYTE -> ValueKind.BYTE;
      case DOUBLE -> ValueKind.DOUBLE;
      case FLOAT -> ValueKind.FLOAT;
      case BOOLEAN -> ValueKind.BOOLEAN;
      case CHAR -> ValueKind.CHAR;
      default -> null;
    };
  }
}
