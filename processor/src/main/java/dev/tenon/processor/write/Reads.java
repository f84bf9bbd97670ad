package dev.tenon.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.tenon.processor.model.ValueType;

/** The exact JDBC read and bind for each value type, as code. */
final class Reads {
  static final ClassName COLUMNS = ClassName.get("dev.tenon.runtime", "Columns");

  private Reads() {}

  /** Code reading column {@code index} of {@code row} as {@code type}. */
  static CodeBlock read(ValueType type, String row, CodeBlock index) {
    if (type.converted() != null) {
      return CodeBlock.of(
          "$T.fromColumn($L, $L)", COLUMNS, read(type.column(), row, index), type.converted().field());
    }
    if (type.record() != null) {
      // A value record wraps the component's value; SQL NULL stays a null record.
      return CodeBlock.of(
          "$T.wrap($L, $T::new)", COLUMNS, read(type.column(), row, index), TypeName.get(type.mirror()));
    }
    boolean primitive = type.primitive();
    return switch (type.kind()) {
      case LONG -> primitive
          ? CodeBlock.of("$L.getLong($L)", row, index)
          : CodeBlock.of("$T.getLongOrNull($L, $L)", COLUMNS, row, index);
      case INT -> primitive
          ? CodeBlock.of("$L.getInt($L)", row, index)
          : CodeBlock.of("$T.getIntOrNull($L, $L)", COLUMNS, row, index);
      case SHORT -> primitive
          ? CodeBlock.of("$L.getShort($L)", row, index)
          : CodeBlock.of("$T.getShortOrNull($L, $L)", COLUMNS, row, index);
      case BYTE -> primitive
          ? CodeBlock.of("$L.getByte($L)", row, index)
          : CodeBlock.of("$T.getByteOrNull($L, $L)", COLUMNS, row, index);
      case DOUBLE -> primitive
          ? CodeBlock.of("$L.getDouble($L)", row, index)
          : CodeBlock.of("$T.getDoubleOrNull($L, $L)", COLUMNS, row, index);
      case FLOAT -> primitive
          ? CodeBlock.of("$L.getFloat($L)", row, index)
          : CodeBlock.of("$T.getFloatOrNull($L, $L)", COLUMNS, row, index);
      case BOOLEAN -> primitive
          ? CodeBlock.of("$L.getBoolean($L)", row, index)
          : CodeBlock.of("$T.getBooleanOrNull($L, $L)", COLUMNS, row, index);
      case CHAR -> primitive
          ? CodeBlock.of("$T.getChar($L, $L)", COLUMNS, row, index)
          : CodeBlock.of("$T.getCharOrNull($L, $L)", COLUMNS, row, index);
      case STRING -> CodeBlock.of("$L.getString($L)", row, index);
      case BIG_DECIMAL -> CodeBlock.of("$L.getBigDecimal($L)", row, index);
      case BYTES -> CodeBlock.of("$L.getBytes($L)", row, index);
      case UUID -> CodeBlock.of("$T.getUuid($L, $L)", COLUMNS, row, index);
      case LOCAL_DATE -> CodeBlock.of("$T.getLocalDate($L, $L)", COLUMNS, row, index);
      case LOCAL_TIME -> CodeBlock.of("$T.getLocalTime($L, $L)", COLUMNS, row, index);
      case LOCAL_DATE_TIME -> CodeBlock.of("$T.getLocalDateTime($L, $L)", COLUMNS, row, index);
      case INSTANT -> CodeBlock.of("$T.getInstant($L, $L)", COLUMNS, row, index);
      case OFFSET_DATE_TIME -> CodeBlock.of("$T.getOffsetDateTime($L, $L)", COLUMNS, row, index);
      case ENUM -> CodeBlock.of(
          "$T.getEnum($L, $L, $T.class)", COLUMNS, row, index, TypeName.get(type.mirror()));
    };
  }

  /**
   * Code testing whether column {@code index} is NULL with the column's own getter, so an integral
   * key is neither boxed nor decoded twice.
   */
  static CodeBlock isNull(ValueType type, String row, int index) {
    return switch (type.kind()) {
      case LONG, INT, SHORT, BYTE -> CodeBlock.of("$T.isNullLong($L, $L)", COLUMNS, row, index);
      case STRING -> CodeBlock.of("$T.isNullString($L, $L)", COLUMNS, row, index);
      default -> CodeBlock.of("$T.isNull($L, $L)", COLUMNS, row, index);
    };
  }

  /**
   * The {@code Fold} method reading a one-column key of {@code type}: the typed getter where there
   * is one that gives the same value as {@code Fold.key}.
   */
  static String foldKey(ValueType type) {
    return switch (type.kind()) {
      case LONG, INT, SHORT, BYTE -> "longKey";
      case STRING -> "stringKey";
      default -> "key";
    };
  }

  /** A statement binding {@code value} to parameter {@code index} of {@code statement}. */
  static CodeBlock bind(ValueType type, String statement, int index, Object value) {
    if (type.converted() != null) {
      return bind(
          type.column(),
          statement,
          index,
          CodeBlock.of("$T.toColumn($L, $L)", COLUMNS, value, type.converted().field()));
    }
    if (type.record() != null) {
      return bind(type.column(), statement, index, unwrap(type, value));
    }
    boolean primitive = type.primitive();
    return switch (type.kind()) {
      case LONG -> primitive
          ? CodeBlock.of("$L.setLong($L, $L)", statement, index, value)
          : CodeBlock.of("$T.setLong($L, $L, $L)", COLUMNS, statement, index, value);
      case INT -> primitive
          ? CodeBlock.of("$L.setInt($L, $L)", statement, index, value)
          : CodeBlock.of("$T.setInt($L, $L, $L)", COLUMNS, statement, index, value);
      case SHORT -> primitive
          ? CodeBlock.of("$L.setShort($L, $L)", statement, index, value)
          : CodeBlock.of("$T.setShort($L, $L, $L)", COLUMNS, statement, index, value);
      case BYTE -> primitive
          ? CodeBlock.of("$L.setByte($L, $L)", statement, index, value)
          : CodeBlock.of("$T.setByte($L, $L, $L)", COLUMNS, statement, index, value);
      case DOUBLE -> primitive
          ? CodeBlock.of("$L.setDouble($L, $L)", statement, index, value)
          : CodeBlock.of("$T.setDouble($L, $L, $L)", COLUMNS, statement, index, value);
      case FLOAT -> primitive
          ? CodeBlock.of("$L.setFloat($L, $L)", statement, index, value)
          : CodeBlock.of("$T.setFloat($L, $L, $L)", COLUMNS, statement, index, value);
      case BOOLEAN -> primitive
          ? CodeBlock.of("$L.setBoolean($L, $L)", statement, index, value)
          : CodeBlock.of("$T.setBoolean($L, $L, $L)", COLUMNS, statement, index, value);
      case CHAR -> CodeBlock.of("$T.setChar($L, $L, $L)", COLUMNS, statement, index, value);
      case STRING -> CodeBlock.of("$L.setString($L, $L)", statement, index, value);
      case BIG_DECIMAL -> CodeBlock.of("$L.setBigDecimal($L, $L)", statement, index, value);
      case BYTES -> CodeBlock.of("$L.setBytes($L, $L)", statement, index, value);
      case UUID -> CodeBlock.of("$T.setUuid($L, $L, $L)", COLUMNS, statement, index, value);
      case LOCAL_DATE -> CodeBlock.of("$T.setLocalDate($L, $L, $L)", COLUMNS, statement, index, value);
      case LOCAL_TIME -> CodeBlock.of("$T.setLocalTime($L, $L, $L)", COLUMNS, statement, index, value);
      case LOCAL_DATE_TIME -> CodeBlock.of(
          "$T.setLocalDateTime($L, $L, $L)", COLUMNS, statement, index, value);
      case INSTANT -> CodeBlock.of("$T.setInstant($L, $L, $L)", COLUMNS, statement, index, value);
      case OFFSET_DATE_TIME -> CodeBlock.of(
          "$T.setOffsetDateTime($L, $L, $L)", COLUMNS, statement, index, value);
      case ENUM -> CodeBlock.of("$T.setEnum($L, $L, $L)", COLUMNS, statement, index, value);
    };
  }

  /** {@code value}'s component, or null when the record is null. */
  private static CodeBlock unwrap(ValueType type, Object value) {
    return CodeBlock.of(
        "$T.unwrap($L, $T::$L)", COLUMNS, value, TypeName.get(type.mirror()), type.record().accessor());
  }

  /** A statement binding a collection as one parameter (SQL array or JSON array by dialect). */
  static CodeBlock bindCollection(
      ValueType element, String statement, int index, String dialect, Object value) {
    if (element.converted() != null) {
      value = CodeBlock.of("$T.toColumns($L, $L)", COLUMNS, value, element.converted().field());
    } else if (element.record() != null) {
      value =
          CodeBlock.of(
              "$T.unwrapAll($L, $T::$L)",
              COLUMNS,
              value,
              TypeName.get(element.mirror()),
              element.record().accessor());
    }
    return CodeBlock.of(
        "$T.setCollection($L, $L, $L, $S, $L)",
        COLUMNS,
        statement,
        index,
        dialect,
        element.kind().sqlArrayElementType(),
        value);
  }
}
