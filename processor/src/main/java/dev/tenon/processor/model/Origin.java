package dev.tenon.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a model value was declared, kept only to report diagnostics on it. Any part may be null
 * (planner tests build models without sources).
 */
public record Origin(Element element, AnnotationMirror mirror, AnnotationValue value) {
  public static final Origin NONE = new Origin(null, null, null);

  public static Origin of(Element element) {
    return new Origin(element, null, null);
  }
}
