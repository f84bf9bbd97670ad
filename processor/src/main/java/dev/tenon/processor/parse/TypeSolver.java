package dev.tenon.processor.parse;

import dev.tenon.processor.model.ValueKind;
import dev.tenon.processor.model.ValueType;
import javax.lang.model.element.ElementKind;
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
