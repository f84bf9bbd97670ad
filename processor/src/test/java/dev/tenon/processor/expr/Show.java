package dev.tenon.processor.expr;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.stream.Collectors;

/** Test helper: parses or fails, and prints trees fully parenthesized so shape is visible. */
final class Show {

  private Show() {}

  static Node ok(String source) {
    Parsed<Node> parsed = ExprParser.parse(source);
    Parsed.Ok<?> ok = assertInstanceOf(Parsed.Ok.class, parsed, () -> source + " => " + parsed);
    return (Node) ok.value();
  }

  static Parsed.Error<Node> error(String source) {
    Parsed<Node> parsed = ExprParser.parse(source);
    @SuppressWarnings("unchecked")
    Parsed.Error<Node> error =
        assertInstanceOf(Parsed.Error.class, parsed, () -> source + " => " + parsed);
    return error;
  }

  /** Fully parenthesized text that parses back to the same tree. */
  static String of(Node node) {
    if (node instanceof Node.Ref r) {
      return r.qualifier() == null ? r.name() : r.qualifier() + "." + r.name();
    } else if (node instanceof Node.Param p) {
      return ":" + p.name();
    } else if (node instanceof Node.Literal l) {
      return l.kind() == LiteralKind.STRING ? "'" + l.text().replace("'", "''") + "'" : l.text();
    } else if (node instanceof Node.Unary u) {
      return "(" + u.op().sql() + " " + of(u.operand()) + ")";
    } else if (node instanceof Node.Binary b) {
      return "(" + of(b.left()) + " " + b.op().sql() + " " + of(b.right()) + ")";
    } else if (node instanceof Node.IsNull n) {
      return "(" + of(n.operand()) + (n.negated() ? " IS NOT NULL)" : " IS NULL)");
    } else if (node instanceof Node.In in) {
      return "(" + of(in.operand()) + (in.negated() ? " NOT IN (" : " IN (")
          + list(in.items()) + "))";
    } else if (node instanceof Node.Like l) {
      return "(" + of(l.operand()) + (l.negated() ? " NOT LIKE " : " LIKE ")
          + of(l.pattern()) + ")";
    } else if (node instanceof Node.Between b) {
      return "(" + of(b.operand()) + (b.negated() ? " NOT BETWEEN " : " BETWEEN ")
          + of(b.low()) + " AND " + of(b.high()) + ")";
    } else if (node instanceof Node.Case c) {
      StringBuilder text = new StringBuilder("(CASE");
      for (int i = 0; i < c.conditions().size(); i++) {
        text.append(" WHEN ").append(of(c.conditions().get(i)))
            .append(" THEN ").append(of(c.results().get(i)));
      }
      if (c.otherwise() != null) {
        text.append(" ELSE ").append(of(c.otherwise()));
      }
      return text.append(" END)").toString();
    } else if (node instanceof Node.Extract e) {
      return "extract(" + e.field() + " FROM " + of(e.operand()) + ")";
    } else if (node instanceof Node.Aggregate a) {
      return a.function() + "(" + (a.argument() == null ? "*"
          : (a.distinct() ? "DISTINCT " : "") + of(a.argument())) + ")";
    }
    Node.Call call = (Node.Call) node;
    if (call.args().isEmpty() && OperandParser.NILADIC.contains(call.function().toUpperCase())) {
      return call.function();
    }
    return call.function() + "(" + list(call.args()) + ")";
  }

  static String parsed(String source) {
    return of(ok(source));
  }

  private static String list(List<Node> nodes) {
    return nodes.stream().map(Show::of).collect(Collectors.joining(", "));
  }
}
