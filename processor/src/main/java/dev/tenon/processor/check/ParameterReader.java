package dev.tenon.processor.check;

import dev.tenon.Convert;
import dev.tenon.Limit;
import dev.tenon.Offset;
import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.Messages;
import dev.tenon.processor.diag.TypeMessages;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.Parameter;
import dev.tenon.processor.model.ParameterRole;
import dev.tenon.processor.model.ValueKind;
import dev.tenon.processor.model.ValueType;
import dev.tenon.processor.parse.Annotations;
import dev.tenon.processor.parse.ConverterReader;
import dev.tenon.processor.parse.TypeSolver;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a DAO method's parameters: values, collections for {@code IN}, and paging. */
final class ParameterReader {
  private final Types types;
  private final Elements elements;
  private final Annotations annotations;
  private final Diagnostics diagnostics;
  /** {@code @Dao(converters = …)}, tried for parameters of types Tenon does not store itself. */
  private final List<TypeElement> daoConverters;

  ParameterReader(Types types, Elements elements, Annotations annotations, Diagnostics diagnostics) {
    this(types, elements, annotations, diagnostics, List.of());
  }

  private ParameterReader(
      Types types,
      Elements elements,
      Annotations annotations,
      Diagnostics diagnostics,
      List<TypeElement> daoConverters) {
    this.types = types;
    this.elements = elements;
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.daoConverters = daoConverters;
  }

  /** A reader that stores types Tenon does not bind itself through the DAO's listed converters. */
  ParameterReader withDaoConverters(List<TypeElement> converters) {
    return new ParameterReader(types, elements, annotations, diagnostics, List.copyOf(converters));
  }

  /** Every parameter that could be read; the others are reported. */
  List<Parameter> read(ExecutableElement method) {
    List<Parameter> parameters = new ArrayList<>();
    boolean seenLimit = false;
    boolean seenOffset = false;
    for (VariableElement element : method.getParameters()) {
      String name = element.getSimpleName().toString();
      Origin origin = Origin.of(element);
      boolean limit = annotations.find(element, Limit.class) != null;
      boolean offset = annotations.find(element, Offset.class) != null;
      if (limit || offset) {
        String annotation = limit ? "Limit" : "Offset";
        TypeKind kind = element.asType().getKind();
        if (kind != TypeKind.INT && kind != TypeKind.LONG) {
          diagnostics.error(origin, Messages.pagingType(annotation, element.asType().toString()));
          continue;
        }
        if (limit ? seenLimit : seenOffset) {
          diagnostics.error(origin, Messages.duplicatePaging(annotation));
          continue;
        }
        seenLimit |= limit;
        seenOffset |= offset;
        ValueType type = TypeSolver.solve(element.asType());
        parameters.add(
            new Parameter(name, type, false, limit ? ParameterRole.LIMIT : ParameterRole.OFFSET, origin));
        continue;
      }
      TypeMirror elementType = collectionElement(element.asType());
      boolean collection = elementType != null;
      TypeMirror stored = collection ? elementType : element.asType();
      AnnotationMirror convert = annotations.find(element, Convert.class);
      ValueType type;
      if (convert != null) {
        TypeElement converter = annotations.type(convert, "value");
        ConverterReader.Result result =
            converter == null ? null : ConverterReader.read(types, converter, stored);
        if (result == null || result.type() == null) {
          diagnostics.error(
              new Origin(element, convert, Annotations.explicitValue(convert, "value")),
              TypeMessages.converter(
                  "parameter " + name, result == null ? String.valueOf(convert) : result.error()));
          continue;
        }
        type = result.type();
      } else {
        type = TypeSolver.solve(stored);
        if (type == null) {
          ConverterReader.Result listed = ConverterReader.forType(types, daoConverters, stored);
          type = listed == null ? null : listed.type();
        }
      }
      if (type == null) {
        diagnostics.error(
            origin, Messages.unsupportedType("parameter " + name, element.asType().toString()));
        continue;
      }
      if (collection && type.kind() == ValueKind.BYTES) {
        diagnostics.error(
            origin, Messages.unsupportedType("parameter " + name, element.asType().toString()));
        continue;
      }
      parameters.add(new Parameter(name, type, collection, ParameterRole.VALUE, origin));
    }
    return parameters;
  }

  /** {@code T} of a {@code Collection<T>} (or subtype) parameter; null for anything else. */
  private TypeMirror collectionElement(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType collection =
        types.getDeclaredType(
            elements.getTypeElement("java.util.Collection"), types.getWildcardType(null, null));
    if (!types.isAssignable(types.erasure(type), types.erasure(collection))) {
      return null;
    }
    for (TypeMirror supertype : allSupertypes(type)) {
      if (supertype instanceof DeclaredType declared
          && declared.asElement().toString().equals("java.util.Collection")
          && declared.getTypeArguments().size() == 1) {
        TypeMirror argument = declared.getTypeArguments().get(0);
        if (argument.getKind() == TypeKind.WILDCARD) {
          TypeMirror bound = ((javax.lang.model.type.WildcardType) argument).getExtendsBound();
          return bound;
        }
        return argument;
      }
    }
    return null;
  }

  private List<TypeMirror> allSupertypes(TypeMirror type) {
    List<TypeMirror> all = new ArrayList<>();
    List<TypeMirror> queue = new ArrayList<>(List.of(type));
    while (!queue.isEmpty()) {
      TypeMirror next = queue.remove(0);
      all.add(next);
      queue.addAll(types.directSupertypes(next));
    }
    return all;
  }
}
