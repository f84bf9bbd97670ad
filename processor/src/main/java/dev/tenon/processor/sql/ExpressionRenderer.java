package dev.tenon.processor.sql;

import dev.tenon.Dialect;
import dev.tenon.processor.expr.BinaryOp;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.expr.UnaryOp;
import dev.tenon.processor.model.AggregateModel;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.Parameter;
import dev.tenon.processor.model.Property;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a checked condition tree as SQL for one dialect, appending a {@link Binding} for every
 * {@code ?} in text order. Parentheses are written where precedence needs them, so a user's
 * {@code a OR b} stays one operand when ANDed into an ON clause.
 */
final class ExpressionRenderer {
  private static final int OR = 1;
  private static final int AND = 2;
  private static final int NOT = 3;
  private static final int PREDICATE = 4;
  private static final int ADDITIVE = 5;
  private static final int MULTIPLICATIVE = 6;
  private static final int UNARY = 7;
  private static final int PRIMARY = 8;

  private final Dialect dialect;
  private final Map<String, Alias> aliases;
  private final Map<String, Parameter> parameters;
  private final List<Binding> bindings;
  private final Map<String, AggregateModel> aggregates;

  ExpressionRenderer(
      Dialect dialect,
      Map<String, Alias> aliases,
      Map<String, Parameter> parameters,
      List<Binding> bindings) {
    this(dialect, aliases, parameters, bindings, Map.of());
  }

  ExpressionRenderer(
      Dialect dialect,
      Map<String, Alias> aliases,
      Map<String, Parameter> parameters,
      List<Binding> bindings,
      Map<String, AggregateModel> aggregates) {
    this.dialect = dialect;
    this.aliases = aliases;
    this.parameters = parameters;
    this.bindings = bindings;
    this.aggregates = aggregates;
  }

  /** A renderer that also sees {@code alias} (an aggregate's related rows), sharing bindings. */
  ExpressionRenderer with(Alias alias) {
    Map<String, Alias> inner = new java.util.LinkedHashMap<>(aliases);
    inner.put(alias.name(), alias);
    return new ExpressionRenderer(dialect, inner, parameters, bindings, Map.of());
  }

  Dialect dialect() {
    return dialect;
  }

  /** Renders {@code node} as an operand of something binding at {@code context} precedence. */
  void render(Node node, int context, StringBuilder sql) {
    int own = precedence(node);
    boolean parens = own < context;
    if (parens) {
      sql.append('(');
    }
    renderBare(node, sql);
    if (parens) {
      sql.append(')');
    }
  }

  /** Renders {@code node} as one conjunct of an AND chain. */
  void renderConjunct(Node node, StringBuilder sql) {
    render(node, AND, sql);
  }

  /** Renders {@code node} where any expression may stand (a SELECT item, ORDER BY item). */
  void renderTop(Node node, StringBuilder sql) {
    render(node, OR, sql);
  }

  private void renderBare(Node node, StringBuilder sql) {
    if (node instanceof Node.Ref ref && ref.qualifier() == null) {
      aggregateValue(aggregates.get(ref.name()), sql);
    } else if (node instanceof Node.Ref ref) {
      column(ref, sql);
    } else if (node instanceof Node.Param param) {
      bind(param, false, sql);
    } else if (node instanceof Node.Literal literal) {
      literal(literal, sql);
    } else if (node instanceof Node.Unary unary) {
      if (unary.op() == UnaryOp.NOT) {
        sql.append("NOT ");
        render(unary.operand(), NOT, sql);
      } else {
        sql.append('-');
        // A negated negation gets parentheses: "--x" would start an SQL comment.
        render(unary.operand(), UNARY + 1, sql);
      }
    } else if (node instanceof Node.Binary binary) {
      int own = binaryPrecedence(binary.op());
      render(binary.left(), own, sql);
      sql.append(' ').append(binary.op().sql()).append(' ');
      // Right operands of -, / and comparisons need parentheses at equal precedence.
      boolean associative =
          binary.op() == BinaryOp.AND
              || binary.op() == BinaryOp.OR
              || binary.op() == BinaryOp.ADD
              || binary.op() == BinaryOp.MUL;
      render(binary.right(), associative ? own : own + 1, sql);
    } else if (node instanceof Node.IsNull isNull) {
      render(isNull.operand(), ADDITIVE, sql);
      sql.append(isNull.negated() ? " IS NOT NULL" : " IS NULL");
    } else if (node instanceof Node.In in) {
      in(in, sql);
    } else if (node instanceof Node.Like like) {
      render(like.operand(), ADDITIVE, sql);
      sql.append(like.negated() ? " NOT LIKE " : " LIKE ");
      render(like.pattern(), ADDITIVE, sql);
    } else if (node instanceof Node.Between between) {
      render(between.operand(), ADDITIVE, sql);
      sql.append(between.negated() ? " NOT BETWEEN " : " BETWEEN ");
      render(between.low(), ADDITIVE, sql);
      sql.append(" AND ");
      render(between.high(), ADDITIVE, sql);
    } else if (node instanceof Node.Call call) {
      sql.append(call.function().toUpperCase(Locale.ROOT)).append('(');
      for (int i = 0; i < call.args().size(); i++) {
        if (i > 0) {
          sql.append(", ");
        }
        renderTop(call.args().get(i), sql);
      }
      sql.append(')');
    } else {
      throw new IllegalStateException("unknown node " + node);
    }
  }

  /**
   * An aggregate's value where it is used: a column of its derived table (so using it in WHERE or
   * ORDER BY computes nothing again), or for a correlated one its subquery.
   */
  void aggregateValue(AggregateModel aggregate, StringBuilder sql) {
    if (aggregate == null) {
      throw new IllegalStateException("unchecked bare name");
    }
    if (aggregate.correlated()) {
      Aggregates.correlated(aggregate, this, sql);
      return;
    }
    String table = Identifiers.quote(dialect, aggregate.as());
    switch (aggregate.kind()) {
      case COUNT_ROWS, COUNT -> sql.append("COALESCE(").append(table).append(".v, 0)");
      case EXISTS -> sql.append('(').append(table).append(".k1 IS NOT NULL)");
      default -> sql.append(table).append(".v");
    }
  }

  private void in(Node.In in, StringBuilder sql) {
    if (in.items().size() == 1
        && in.items().get(0) instanceof Node.Param param
        && parameters.get(param.name()).collection()) {
      // One parameter for the whole collection: the SQL is a constant for any size, and an
      // empty collection matches nothing (NOT IN: everything) instead of a syntax error.
      StringBuilder operand = new StringBuilder();
      render(in.operand(), ADDITIVE, operand);
      Parameter parameter = parameters.get(param.name());
      bindings.add(new Binding(parameter, true));
      sql.append(DialectRules.collectionIn(dialect, operand.toString(), in.negated(), parameter.type()));
      return;
    }
    render(in.operand(), ADDITIVE, sql);
    sql.append(in.negated() ? " NOT IN (" : " IN (");
    for (int i = 0; i < in.items().size(); i++) {
      if (i > 0) {
        sql.append(", ");
      }
      renderTop(in.items().get(i), sql);
    }
    sql.append(')');
  }

  private void column(Node.Ref ref, StringBuilder sql) {
    Alias alias = aliases.get(ref.qualifier());
    Property property =
        alias.entity()
            .property(ref.name())
            .orElseThrow(() -> new IllegalStateException("unchecked reference " + ref));
    sql.append(Identifiers.quote(dialect, alias.name()))
        .append('.')
        .append(Identifiers.quote(dialect, property.column()));
  }

  private void bind(Node.Param param, boolean array, StringBuilder sql) {
    Parameter parameter = parameters.get(param.name());
    if (parameter == null) {
      throw new IllegalStateException("unchecked parameter :" + param.name());
    }
    bindings.add(new Binding(parameter, array));
    sql.append('?');
  }

  private static void literal(Node.Literal literal, StringBuilder sql) {
    switch (literal.kind()) {
      case INTEGER, DECIMAL -> sql.append(literal.text());
      case STRING -> sql.append('\'').append(literal.text().replace("'", "''")).append('\'');
      case TRUE -> sql.append("TRUE");
      case FALSE -> sql.append("FALSE");
      case NULL -> sql.append("NULL");
      default -> throw new IllegalStateException("unknown literal " + literal);
    }
  }

  private static int precedence(Node node) {
    if (node instanceof Node.Binary binary) {
      return binaryPrecedence(binary.op());
    }
    if (node instanceof Node.Unary unary) {
      return unary.op() == UnaryOp.NOT ? NOT : UNARY;
    }
    if (node instanceof Node.IsNull
        || node instanceof Node.In
        || node instanceof Node.Like
        || node instanceof Node.Between) {
      return PREDICATE;
    }
    return PRIMARY;
  }

  private static int binaryPrecedence(BinaryOp op) {
    return switch (op) {
      case OR -> OR;
      case AND -> AND;
      case EQ, NE, LT, LE, GT, GE -> PREDICATE;
      case ADD, SUB -> ADDITIVE;
      case MUL, DIV -> MULTIPLICATIVE;
    };
  }
}
