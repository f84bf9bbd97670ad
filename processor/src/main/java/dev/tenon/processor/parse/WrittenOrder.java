package dev.tenon.processor.parse;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The order in which a method's annotations are written. The compiler wraps repeated annotations
 * of one type in their container ({@code @LeftJoin @InnerJoin @LeftJoin} becomes {@code
 * @LeftJoins({…, …}) @InnerJoin}), so the element API keeps the order within a type but loses it
 * across types; only the source tree still has it. Uses javac's tree API: under another compiler
 * (ECJ) or for a method read from a class file there is no tree, and {@link #of} or {@link
 * #annotationTypes} give null so the caller falls back to an order it can work out itself.
 */
public final class WrittenOrder {
  private final Trees trees;

  private WrittenOrder(Trees trees) {
    this.trees = trees;
  }

  /** The tree reader of this compiler, or null when it is not javac. */
  public static WrittenOrder of(ProcessingEnvironment environment) {
    try {
      return new WrittenOrder(Trees.instance(environment));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return null;
    }
  }

  /**
   * The qualified names of the annotation types on {@code method}, in the order written, one
   * entry per annotation (a repeated one appears once each time); null when the source is not
   * at hand or an annotation type cannot be resolved.
   */
  List<String> annotationTypes(ExecutableElement method) {
    TreePath path = trees.getPath(method);
    if (path == null || !(path.getLeaf() instanceof MethodTree tree)) {
      return null;
    }
    TreePath modifiers = new TreePath(path, tree.getModifiers());
    List<String> names = new ArrayList<>();
    for (AnnotationTree annotation : tree.getModifiers().getAnnotations()) {
      TreePath annotationPath = new TreePath(modifiers, annotation);
      Element type = trees.getElement(new TreePath(annotationPath, annotation.getAnnotationType()));
      if (!(type instanceof TypeElement typeElement)) {
        return null;
      }
      names.add(typeElement.getQualifiedName().toString());
    }
    return names;
  }
}
