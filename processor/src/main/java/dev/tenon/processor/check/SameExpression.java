package dev.tenon.processor.check;

import dev.tenon.processor.expr.Node;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Whether two parsed expressions are the same expression, wherever each was written: equal but
 * for their source positions, and for the case of function names. SQL is written from the tree,
 * so the same tree is the same SQL, which is what a database compares when it checks that a
 * DISTINCT query sorts by a selected expression. Compares every record component but the
 * positions, so node kinds added later are compared too.
 */
final class SameExpression {
  private SameExpression() {}

  static boolean test(Node left, Node right) {
    if (left.getClass() != right.getClass()) {
      return false;
    }
    for (RecordComponent component : left.getClass().getRecordComponents()) {
      String name = component.getName();
      if (name.equals("start") || name.equals("end")) {
        continue;
      }
      Object a = value(component, left);
      Object b = value(component, right);
      if (!same(a, b, left instanceof Node.Call && name.equals("function"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(Object a, Object b, boolean ignoreCase) {
    if (a instanceof Node nodeA && b instanceof Node nodeB) {
      return test(nodeA, nodeB);
    }
    if (a instanceof List<?> listA && b instanceof List<?> listB) {
      if (listA.size() != listB.size()) {
        return false;
      }
      for (int i = 0; i < listA.size(); i++) {
        if (!same(listA.get(i), listB.get(i), false)) {
          return false;
        }
      }
      return true;
    }
    if (ignoreCase && a instanceof String textA && b instanceof String textB) {
      return textA.equalsIgnoreCase(textB);
    }
    return java.util.Objects.equals(a, b);
  }

  private static Object value(RecordComponent component, Node node) {
    try {
      return component.getAccessor().invoke(node);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of " + node, e);
    }
  }
}
