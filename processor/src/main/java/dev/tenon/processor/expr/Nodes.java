package dev.tenon.processor.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Walks parsed trees, so checkers and SQL writers need not each repeat the traversal.
 * Walks use an explicit stack, so they are safe on trees of any depth.
 */
public final class Nodes {

  private Nodes() {}

  /**
   * All parameters in source order, which is also the order of their {@code ?} in the SQL
   * written from the tree; a parameter used twice appears twice.
   */
  public static List<Node.Param> params(Node node) {
    return collect(node, Node.Param.class);
  }

  /** All references ({@code alias.property} and bare names) in source order. */
  public static List<Node.Ref> refs(Node node) {
    return collect(node, Node.Ref.class);
  }

  /** All nodes of the tree, the root first, then depth-first in source order. */
  public static List<Node> all(Node node) {
    return collect(node, Node.class);
  }

  /** The direct children of {@code node}, in source order; empty for leaves. */
  public static List<Node> children(Node node) {
    if (node instanceof Node.Unary u) {
      return List.of(u.operand());
    } else if (node instanceof Node.Binary b) {
      return List.of(b.left(), b.right());
    } else if (node instanceof Node.IsNull n) {
      return List.of(n.operand());
    } else if (node instanceof Node.In in) {
      List<Node> kids = new ArrayList<>(in.items().size() + 1);
      kids.add(in.operand());
      kids.addAll(in.items());
      return kids;
    } else if (node instanceof Node.Like l) {
      return List.of(l.operand(), l.pattern());
    } else if (node instanceof Node.Between b) {
      return List.of(b.operand(), b.low(), b.high());
    } else if (node instanceof Node.Call c) {
      return c.args();
    } else if (node instanceof Node.Case c) {
      List<Node> kids = new ArrayList<>(c.conditions().size() * 2 + 1);
      for (int i = 0; i < c.conditions().size(); i++) {
        kids.add(c.conditions().get(i));
        kids.add(c.results().get(i));
      }
      if (c.otherwise() != null) {
        kids.add(c.otherwise());
      }
      return kids;
    } else if (node instanceof Node.Extract e) {
      return List.of(e.operand());
    } else if (node instanceof Node.Aggregate a && a.argument() != null) {
      return List.of(a.argument());
    }
    return List.of();
  }

  private static <T extends Node> List<T> collect(Node root, Class<T> type) {
    List<T> found = new ArrayList<>();
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      if (type.isInstance(node)) {
        found.add(type.cast(node));
      }
      List<Node> kids = children(node);
      for (int i = kids.size() - 1; i >= 0; i--) {
        todo.push(kids.get(i));
      }
    }
    return found;
  }

  /** {@code node} with its span replaced; used to widen a node over its parentheses. */
  static Node withSpan(Node node, int start, int end) {
    if (node instanceof Node.Ref r) {
      return new Node.Ref(r.qualifier(), r.name(), start, end);
    } else if (node instanceof Node.Param p) {
      return new Node.Param(p.name(), start, end);
    } else if (node instanceof Node.Literal l) {
      return new Node.Literal(l.kind(), l.text(), start, end);
    } else if (node instanceof Node.Unary u) {
      return new Node.Unary(u.op(), u.operand(), start, end);
    } else if (node instanceof Node.Binary b) {
      return new Node.Binary(b.op(), b.left(), b.right(), start, end);
    } else if (node instanceof Node.IsNull n) {
      return new Node.IsNull(n.operand(), n.negated(), start, end);
    } else if (node instanceof Node.In in) {
      return new Node.In(in.operand(), in.items(), in.negated(), start, end);
    } else if (node instanceof Node.Like l) {
      return new Node.Like(l.operand(), l.pattern(), l.negated(), start, end);
    } else if (node instanceof Node.Between b) {
      return new Node.Between(b.operand(), b.low(), b.high(), b.negated(), start, end);
    } else if (node instanceof Node.Case c) {
      return new Node.Case(c.conditions(), c.results(), c.otherwise(), start, end);
    } else if (node instanceof Node.Extract e) {
      return new Node.Extract(e.field(), e.operand(), start, end);
    } else if (node instanceof Node.Aggregate a) {
      return new Node.Aggregate(a.function(), a.argument(), a.distinct(), start, end);
    }
    Node.Call call = (Node.Call) node;
    return new Node.Call(call.function(), call.args(), start, end);
  }

  /**
   * The tree as text without positions, so two trees written differently ({@code a.x+1} and
   * {@code (a.x + 1)}) compare equal: how a result component is matched to a {@code @GroupBy} item.
   */
  public static String canonical(Node node) {
    if (node instanceof Node.Ref r) {
      return r.qualifier() == null ? r.name() : r.qualifier() + "." + r.name();
    } else if (node instanceof Node.Param p) {
      return ":" + p.name();
    } else if (node instanceof Node.Literal l) {
      return l.kind() + "[" + l.text() + "]";
    } else if (node instanceof Node.Call c) {
      return c.function().toLowerCase(java.util.Locale.ROOT) + list(c.args());
    }
    String head =
        node instanceof Node.Unary u ? "unary " + u.op()
            : node instanceof Node.Binary b ? "binary " + b.op()
            : node instanceof Node.IsNull n ? "isnull " + n.negated()
            : node instanceof Node.In in ? "in " + in.negated()
            : node instanceof Node.Like l ? "like " + l.negated()
            : node instanceof Node.Between b ? "between " + b.negated()
            : node instanceof Node.Case c ? "case " + (c.otherwise() != null)
            : node instanceof Node.Extract e ? "extract " + e.field()
            : "aggregate " + ((Node.Aggregate) node).function() + " "
                + ((Node.Aggregate) node).distinct();
    return head + list(children(node));
  }

  private static String list(List<Node> nodes) {
    StringBuilder text = new StringBuilder("(");
    for (Node each : nodes) {
      text.append(canonical(each)).append(',');
    }
    return text.append(')').toString();
  }
}
