package dev.tenon.processor.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The {@code :name} parameters that a method's annotation texts mention, read by scanning the
 * text, not by parsing it. A condition that failed to parse, or that was never checked because the
 * join or aggregate it belongs to was already wrong, still names its parameters: they are not
 * "unused", and saying so would report one mistake twice.
 */
final class ParameterMentions {
  private ParameterMentions() {}

  /** The parameters named in the method's annotations and in its row record's component annotations. */
  static Set<String> of(ExecutableElement method) {
    Set<String> names = new HashSet<>();
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      mirror(mirror, names);
    }
    TypeMirror row = method.getReturnType();
    if (row instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
      row = declared.getTypeArguments().get(0);
    }
    if (row instanceof DeclaredType declared
        && declared.asElement().getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component :
          ((TypeElement) declared.asElement()).getRecordComponents()) {
        for (AnnotationMirror mirror : component.getAnnotationMirrors()) {
          mirror(mirror, names);
        }
      }
    }
    return names;
  }

  private static void mirror(AnnotationMirror mirror, Set<String> names) {
    for (AnnotationValue value : mirror.getElementValues().values()) {
      value(value.getValue(), names);
    }
  }

  private static void value(Object value, Set<String> names) {
    if (value instanceof String text) {
      scan(text, names);
    } else if (value instanceof AnnotationMirror nested) {
      mirror(nested, names);
    } else if (value instanceof List<?> items) {
      for (Object item : items) {
        value(((AnnotationValue) item).getValue(), names);
      }
    }
  }

  /** Adds every {@code :identifier} outside {@code 'quoted'} text. */
  static void scan(String text, Set<String> names) {
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted; // '' inside a literal toggles twice: still quoted
      } else if (!quoted && c == ':' && i + 1 < text.length()
          && Character.isJavaIdentifierStart(text.charAt(i + 1))) {
        int end = i + 1;
        while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
          end++;
        }
        names.add(text.substring(i + 1, end));
        i = end - 1;
      }
    }
  }
}
