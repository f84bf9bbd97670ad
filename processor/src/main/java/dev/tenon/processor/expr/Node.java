package dev.tenon.processor.expr;

import java.util.List;
import java.util.Objects;

/**
 * A parsed condition or expression of Tenon's condition language (see {@link ExprParser}).
 *
 * <p>The tree is the only thing the rest of the processor sees of a condition: SQL is
 * written from the nodes, never from the user's text, so no user text can reach the
 * generated SQL unchecked. Offsets are char indexes into the parsed source string,
 * {@code [start, end)}, so a checker can point a compile error at the exact spot and
 * {@code source.substring(start, end)} is always a complete expression. A parenthesized
 * expression keeps no node of its own: its node's span includes the parentheses.
 */
public sealed interface Node permits Node.Ref, Node.Param, Node.Literal, Node.Unary, Node.Binary,
    Node.IsNull, Node.In, Node.Like, Node.Between, Node.Call, Node.Case, Node.Extract,
    Node.Aggregate {

  /** Index of the first char of this node in the source. */
  int start();

  /** Index just past the last char of this node in the source. */
  int end();

  /** {@code alias.property}, or a bare {@code name} when {@code qualifier} is null. */
  record Ref(String qualifier, String name, int start, int end) implements Node {
    public Ref {
      Objects.requireNonNull(name, "name");
    }
  }

  /** {@code :name}, a method parameter bound as a JDBC parameter. */
  record Param(String name, int start, int end) implements Node {
    public Param {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A literal. {@code text} is the number as written ({@code 3.14}), a string's unescaped
   * value ({@code O'Brien}), or {@code "TRUE"}, {@code "FALSE"}, {@code "NULL"}.
   */
  record Literal(LiteralKind kind, String text, int start, int end) implements Node {
    public Literal {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
    }
  }

  /** {@code NOT operand} or {@code -operand}. */
  record Unary(UnaryOp op, Node operand, int start, int end) implements Node {
    public Unary {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** {@code left op right}: logic, comparison or arithmetic. */
  record Binary(BinaryOp op, Node left, Node right, int start, int end) implements Node {
    public Binary {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }

  /** {@code operand IS [NOT] NULL}. */
  record IsNull(Node operand, boolean negated, int start, int end) implements Node {
    public IsNull {
      Objects.requireNonNull(operand, "operand");
    }
  }

  /** {@code operand [NOT] IN (items…)}; never empty. Items are kept as an immutable copy. */
  record In(Node operand, List<Node> items, boolean negated, int start, int end) implements Node {
    public In {
      Objects.requireNonNull(operand, "operand");
      items = List.copyOf(items);
    }
  }

  /** {@code operand [NOT] LIKE pattern}. */
  record Like(Node operand, Node pattern, boolean negated, int start, int end) implements Node {
    public Like {
      Objects.requireNonNull(operand, "operand");
      Objects.requireNonNull(pattern, "pattern");
    }
  }

  /** {@code operand [NOT] BETWEEN low AND high}. */
  record Between(Node operand, Node low, Node high, boolean negated, int start, int end)
      implements Node {
    public Between {
      Objects.requireNonNull(operand, "operand");
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
    }
  }

  /**
   * {@code function(args…)}. The name is kept as written; which functions exist is the
   * checker's business, not the parser's. Args are kept as an immutable copy.
   */
  record Call(String function, List<Node> args, int start, int end) implements Node {
    public Call {
      Objects.requireNonNull(function, "function");
      args = List.copyOf(args);
    }
  }

  /**
   * {@code CASE WHEN conditions[0] THEN results[0] … [ELSE otherwise] END}; {@code otherwise} is
   * null without ELSE (the value is then NULL when no condition holds). Never without a WHEN.
   */
  record Case(List<Node> conditions, List<Node> results, Node otherwise, int start, int end)
      implements Node {
    public Case {
      conditions = List.copyOf(conditions);
      results = List.copyOf(results);
      if (conditions.isEmpty() || conditions.size() != results.size()) {
        throw new IllegalArgumentException("one result per WHEN, at least one WHEN");
      }
    }
  }

  /** {@code extract(field FROM operand)}, one part of a date or time as a whole number. */
  record Extract(DatePart field, Node operand, int start, int end) implements Node {
    public Extract {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(operand, "operand");
    }
  }

  /**
   * An aggregate function over the rows of a group: {@code count(*)} ({@code argument} null),
   * {@code count([DISTINCT] x)}, {@code sum}, {@code avg}, {@code min}, {@code max}. {@code
   * function} is lower case.
   */
  record Aggregate(String function, Node argument, boolean distinct, int start, int end)
      implements Node {
    public Aggregate {
      Objects.requireNonNull(function, "function");
    }
  }
}
