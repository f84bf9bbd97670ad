package dev.tenon.processor.diag;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.tenon.processor.model.Origin;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Places a diagnostic where javac's {@code Messager} cannot: on a record component (javac finds
 * only the field it becomes) and on an annotation the compiler wrapped in its container (the
 * second {@code @LeftJoin} of a method). Without this, both land on the method or on no line at
 * all. Uses javac's tree API, so elsewhere {@link #of} gives null and the Messager does it all.
 */
final class SourceTrees {
  private final Trees trees;

  private SourceTrees(Trees trees) {
    this.trees = trees;
  }

  /** The tree API of this compiler, or null when it is not javac. */
  static SourceTrees of(ProcessingEnvironment environment) {
    try {
      return new SourceTrees(Trees.instance(environment));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return null;
    }
  }

  /**
   * Prints the message on the value, annotation or element of {@code origin} when the Messager
   * would miss it; false (nothing printed) when the Messager finds it itself, or nobody can.
   */
  boolean print(Diagnostic.Kind kind, String message, Origin origin) {
    Element element = origin.element();
    boolean component = element.getKind() == ElementKind.RECORD_COMPONENT;
    boolean repeated =
        origin.mirror() != null
            && element.getAnnotationMirrors().stream().noneMatch(m -> m == origin.mirror());
    if (!component && !repeated) {
      return false;
    }
    TreePath path = trees.getPath(component ? field(element) : element);
    if (path == null) {
      return false;
    }
    Tree tree = path.getLeaf();
    if (origin.mirror() != null) {
      AnnotationTree annotation = annotationTree(path, element, origin.mirror());
      if (annotation != null) {
        tree = origin.value() == null ? annotation : valueTree(annotation, origin);
      }
    }
    trees.printMessage(kind, message, tree, path.getCompilationUnit());
    return true;
  }

  /** The record's field of the component's name: javac keeps the component's source there. */
  private static Element field(Element component) {
    for (Element field : ElementFilter.fieldsIn(component.getEnclosingElement().getEnclosedElements())) {
      if (field.getSimpleName().equals(component.getSimpleName())) {
        return field;
      }
    }
    return component;
  }

  /** The n-th annotation of the mirror's type as written, where the mirror is the n-th of its type. */
  private AnnotationTree annotationTree(TreePath path, Element element, AnnotationMirror mirror) {
    int ordinal = ordinal(element.getAnnotationMirrors(), mirror);
    ModifiersTree modifiers = modifiers(path.getLeaf());
    if (ordinal < 0 || modifiers == null) {
      return null;
    }
    Element type = mirror.getAnnotationType().asElement();
    TreePath modifiersPath = new TreePath(path, modifiers);
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      TreePath annotationPath = new TreePath(modifiersPath, annotation);
      if (type.equals(trees.getElement(new TreePath(annotationPath, annotation.getAnnotationType())))
          && ordinal-- == 0) {
        return annotation;
      }
    }
    return null;
  }

  /** Where {@code mirror} stands among the annotations of its type, containers unwrapped; or -1. */
  private static int ordinal(List<? extends AnnotationMirror> mirrors, AnnotationMirror mirror) {
    int seen = 0;
    for (AnnotationMirror candidate : mirrors) {
      if (candidate == mirror) {
        return seen;
      }
      if (candidate.getAnnotationType().equals(mirror.getAnnotationType())) {
        seen++;
        continue;
      }
      for (AnnotationValue value : candidate.getElementValues().values()) {
        if (value.getValue() instanceof List<?> items) {
          for (Object item : items) {
            Object inner = ((AnnotationValue) item).getValue();
            if (inner == mirror) {
              return seen;
            }
            if (inner instanceof AnnotationMirror innerMirror
                && innerMirror.getAnnotationType().equals(mirror.getAnnotationType())) {
              seen++;
            }
          }
        }
      }
    }
    return -1;
  }

  /** The written expression of the origin's value, or the annotation when it is not written. */
  private static Tree valueTree(AnnotationTree annotation, Origin origin) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        origin.mirror().getElementValues().entrySet()) {
      int index = -1;
      if (entry.getValue() != origin.value()) {
        index = indexOf(entry.getValue(), origin.value());
        if (index < 0) {
          continue;
        }
      }
      ExpressionTree written = argument(annotation, entry.getKey().getSimpleName().toString());
      if (written == null) {
        return annotation;
      }
      if (index >= 0 && written instanceof NewArrayTree array
          && index < array.getInitializers().size()) {
        return array.getInitializers().get(index);
      }
      return written;
    }
    return annotation;
  }

  private static int indexOf(AnnotationValue array, AnnotationValue item) {
    if (array.getValue() instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) == item) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The expression written for {@code name}; {@code @A(x)} writes {@code value}. */
  private static ExpressionTree argument(AnnotationTree annotation, String name) {
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment
          && assignment.getVariable() instanceof IdentifierTree variable) {
        if (variable.getName().contentEquals(name)) {
          return assignment.getExpression();
        }
      } else if (name.equals("value")) {
        return argument;
      }
    }
    return null;
  }

  private static ModifiersTree modifiers(Tree declaration) {
    if (declaration instanceof MethodTree method) {
      return method.getModifiers();
    }
    if (declaration instanceof VariableTree variable) {
      return variable.getModifiers();
    }
    if (declaration instanceof ClassTree type) {
      return type.getModifiers();
    }
    return null;
  }
}
