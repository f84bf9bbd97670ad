package dev.tenon.processor.diag;

import dev.tenon.processor.model.Origin;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
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
}
