package dev.tenon.processor.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations through mirrors, which is the only way to read {@code Class} values at compile
 * time and the way to keep the mirror and value that diagnostics point at.
 */
public final class Annotations {
  private final Elements elements;
  /** Null where the compiler does not tell the order annotations are written in. */
  private final WrittenOrder writtenOrder;

  public Annotations(Elements elements) {
    this(elements, null);
  }

  /** Also reads the written order of annotations through {@code writtenOrder}, when not null. */
  public Annotations(Elements elements, WrittenOrder writtenOrder) {
    this.elements = elements;
    this.writtenOrder = writtenOrder;
  }

  /** The annotation of type {@code type} on {@code element}, or null. */
  public AnnotationMirror find(Element element, Class<?> type) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (is(mirror, type)) {
        return mirror;
      }
    }
    return null;
  }

  /** Every {@code type} annotation, also those the compiler wrapped in {@code container}. */
  public List<AnnotationMirror> findRepeated(Element element, Class<?> type, Class<?> container) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (is(mirror, type)) {
        found.add(mirror);
      } else if (is(mirror, container)) {
        for (AnnotationValue value : list(mirror, "value")) {
          found.add((AnnotationMirror) value.getValue());
        }
      }
    }
    return found;
  }

  /**
   * Every annotation of the repeatable {@code types} (each wrapped by {@code containers} at the
   * same index) in the order written across types, or null when the compiler does not tell that
   * order (see {@link WrittenOrder}): then only the order within each type is known.
   */
  public List<AnnotationMirror> findRepeatedInWrittenOrder(
      ExecutableElement method, List<Class<?>> types, List<Class<?>> containers) {
    List<String> written = writtenOrder == null ? null : writtenOrder.annotationTypes(method);
    if (written == null) {
      return null;
    }
    List<java.util.Deque<AnnotationMirror>> pending = new ArrayList<>();
    for (int i = 0; i < types.size(); i++) {
      pending.add(new java.util.ArrayDeque<>(findRepeated(method, types.get(i), containers.get(i))));
    }
    List<AnnotationMirror> ordered = new ArrayList<>();
    for (String name : written) {
      for (int i = 0; i < types.size(); i++) {
        java.util.Deque<AnnotationMirror> queue = pending.get(i);
        if (name.equals(types.get(i).getCanonicalName())) {
          if (queue.isEmpty()) {
            return null;
          }
          ordered.add(queue.removeFirst());
        } else if (name.equals(containers.get(i).getCanonicalName())) {
          // The container written out by hand: its items stand where it stands, in its order.
          ordered.addAll(queue);
          queue.clear();
        }
      }
    }
    return pending.stream().allMatch(java.util.Deque::isEmpty) ? ordered : null;
  }

  /** Whether {@code element} carries any annotation whose simple name is {@code simpleName}. */
  public static boolean hasSimpleName(Element element, String simpleName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName)) {
        return true;
      }
    }
    return hasSimpleName(element.asType(), simpleName);
  }

  /** Whether the type use carries an annotation of that simple name ({@code @Nullable String}). */
  public static boolean hasSimpleName(TypeMirror type, String simpleName) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName)) {
        return true;
      }
    }
    return false;
  }

  /** The attribute's value, with the annotation's default where it was not written. */
  public AnnotationValue value(AnnotationMirror mirror, String name) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        elements.getElementValuesWithDefaults(mirror);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        values.entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The value written explicitly for the attribute, or null (for pointing diagnostics at it). */
  public static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  public String string(AnnotationMirror mirror, String name) {
    AnnotationValue value = value(mirror, name);
    return value == null ? "" : String.valueOf(value.getValue());
  }

  public boolean bool(AnnotationMirror mirror, String name) {
    AnnotationValue value = value(mirror, name);
    return value != null && Boolean.TRUE.equals(value.getValue());
  }

  /** An enum constant's name ({@code "JOIN"}). */
  public String enumName(AnnotationMirror mirror, String name) {
    AnnotationValue value = value(mirror, name);
    return value == null ? "" : ((Element) value.getValue()).getSimpleName().toString();
  }

  /** A {@code Class<?>} attribute as a type element, or null for primitives and {@code void}. */
  public TypeElement type(AnnotationMirror mirror, String name) {
    AnnotationValue value = value(mirror, name);
    if (value != null && value.getValue() instanceof DeclaredType declared) {
      return (TypeElement) declared.asElement();
    }
    return null;
  }

  /** An array attribute's elements. */
  @SuppressWarnings("unchecked")
  public List<AnnotationValue> list(AnnotationMirror mirror, String name) {
    AnnotationValue value = value(mirror, name);
    if (value == null) {
      return List.of();
    }
    Object raw = value.getValue();
    if (raw instanceof List<?> list) {
      return (List<AnnotationValue>) list;
    }
    return List.of(value);
  }

  private static boolean is(AnnotationMirror mirror, Class<?> type) {
    TypeElement element = (TypeElement) mirror.getAnnotationType().asElement();
    return element.getQualifiedName().contentEquals(type.getCanonicalName());
  }
}
