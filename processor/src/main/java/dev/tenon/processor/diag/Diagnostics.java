package dev.tenon.processor.diag;

import dev.tenon.processor.model.Origin;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.tools.Diagnostic;

/**
 * The one way diagnostics reach the user: on the element, and where there is one, on the
 * annotation and its value, so the IDE underlines what is wrong. Counts errors so a caller can
 * stop before generating from a model that has them.
 */
public final class Diagnostics {
  private final Messager messager;
  /** Null outside javac. */
  private final SourceTrees sourceTrees;
  private int errors;

  public Diagnostics(ProcessingEnvironment environment) {
    this.messager = environment.getMessager();
    this.sourceTrees = SourceTrees.of(environment);
  }

  /** Diagnostics printed to {@code messager} only, for checking models outside javac (tests). */
  public Diagnostics(Messager messager) {
    this.messager = messager;
    this.sourceTrees = null;
  }

  public void error(Origin origin, String message) {
    errors++;
    print(Diagnostic.Kind.ERROR, origin, message);
  }

  public void warning(Origin origin, String message) {
    print(Diagnostic.Kind.WARNING, origin, message);
  }

  /** An exception escaped Tenon: one error that says it is a Tenon bug, with the cause. */
  public void internalError(Origin origin, Throwable cause) {
    StringWriter trace = new StringWriter();
    cause.printStackTrace(new PrintWriter(trace));
    error(origin, Messages.internalError(cause, trace.toString()));
  }

  /** Errors reported so far; compare before and after a step to see whether it reported any. */
  public int errorCount() {
    return errors;
  }

  private void print(Diagnostic.Kind kind, Origin origin, String message) {
    if (origin != null
        && origin.element() != null
        && sourceTrees != null
        && sourceTrees.print(kind, message, origin)) {
      return; // a record component or a repeated annotation, which the Messager cannot place
    }
    if (origin != null
        && origin.element() != null
        && origin.element().getKind() == javax.lang.model.element.ElementKind.RECORD_COMPONENT) {
      // Outside javac (ECJ), the Messager finds no position for a record component, so the
      // message would stand on no line; the record's field of that name has the component's.
      messager.printMessage(kind, message, recordField(origin.element()));
      return;
    }
    if (origin != null
        && origin.element() != null
        && origin.mirror() != null
        // equals, not ==: ECJ makes new mirror objects on every call.
        && origin.element().getAnnotationMirrors().stream().noneMatch(origin.mirror()::equals)) {
      // Outside javac (ECJ), a mirror the compiler wrapped in its container (the second
      // @LeftJoin) has no position of its own: the Messager would print it on no line at all.
      // The container is written where the annotations are.
      AnnotationMirror container = container(origin);
      if (container != null) {
        messager.printMessage(kind, message, origin.element(), container);
      } else {
        messager.printMessage(kind, message, origin.element());
      }
      return;
    }
    if (origin == null || origin.element() == null) {
      messager.printMessage(kind, message);
    } else if (origin.mirror() == null) {
      messager.printMessage(kind, message, origin.element());
    } else if (origin.value() == null) {
      messager.printMessage(kind, message, origin.element(), origin.mirror());
    } else {
      messager.printMessage(kind, message, origin.element(), origin.mirror(), origin.value());
    }
  }

  /** The annotation on the origin's element whose array value holds the origin's mirror. */
  private static AnnotationMirror container(Origin origin) {
    for (AnnotationMirror candidate : origin.element().getAnnotationMirrors()) {
      for (AnnotationValue value : candidate.getElementValues().values()) {
        if (value.getValue() instanceof java.util.List<?> items
            && items.stream().anyMatch(item -> origin.mirror().equals(((AnnotationValue) item).getValue()))) {
          return candidate;
        }
      }
    }
    return null;
  }

  /** The record's field named like {@code component}, or the record when there is none. */
  private static javax.lang.model.element.Element recordField(
      javax.lang.model.element.Element component) {
    for (javax.lang.model.element.Element field :
        javax.lang.model.util.ElementFilter.fieldsIn(
            component.getEnclosingElement().getEnclosedElements())) {
      if (field.getSimpleName().equals(component.getSimpleName())) {
        return field;
      }
    }
    return component.getEnclosingElement();
  }
}
