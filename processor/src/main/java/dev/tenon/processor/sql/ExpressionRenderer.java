package dev.tenon.processor.sql;

import dev.tenon.Dialect;
import dev.tenon.processor.expr.BinaryOp;
import dev.tenon.processor.expr.LiteralKind;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.expr.UnaryOp;
import dev.tenon.processor.model.AggregateModel;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.Parameter;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.ValueKind;
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
  private static final int CONCAT = 5;
  private static final int ADDITIVE = 6;
  private static final int MULTIPLICATIVE = 7;
  private static final int UNARY = 8;
  private static final int PRIMARY = 9;

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
      literal(dialect, literal, sql);
    } else if (node instanceof Node.Unary unary) {
      if (unary.op() == UnaryOp.NOT) {
        sql.append("NOT ");
        render(unary.operand(), NOT, sql);
      } else {
        sql.append('-');
        // A negated negation gets parentheses: "--x" would start an SQL comment.
        render(unary.operand(), UNARY + 1, sql);
      }
    } else if (node instanceof Node.Binary binary && !special(binary)) {
      int own = binaryPrecedence(binary.op());
      // Comparisons do not chain in PostgreSQL ("a = b = TRUE" is a syntax error), so a predicate
      // on either side of one keeps its parentheses.
      render(binary.left(), binary.op().isComparison() ? own + 1 : own, sql);
      sql.append(' ').append(operator(binary)).append(' ');
      // Only AND and OR may drop the parentheses of a right operand at equal precedence: for
      // arithmetic the user's grouping matters ("a * (b / c)" with integers, overflow, rounding).
      boolean associative = binary.op() == BinaryOp.AND || binary.op() == BinaryOp.OR;
      render(binary.right(), associative ? own : own + 1, sql);
    } else if (node instanceof Node.Binary binary && binary.op() == BinaryOp.CONCAT) {
      concat(binary, sql);
    } else if (node instanceof Node.Binary binary && DialectRules.distinctFrom(dialect) != null
        && (binary.op() == BinaryOp.IS_DISTINCT_FROM
            || binary.op() == BinaryOp.IS_NOT_DISTINCT_FROM)) {
      distinctFrom(binary, sql);
    } else if (node instanceof Node.IsNull isNull) {
      render(isNull.operand(), CONCAT, sql);
      sql.append(isNull.negated() ? " IS NOT NULL" : " IS NULL");
    } else if (node instanceof Node.In in) {
      in(in, sql);
    } else if (node instanceof Node.Like like) {
      render(like.operand(), CONCAT, sql);
      sql.append(like.negated() ? " NOT LIKE " : " LIKE ");
      render(like.pattern(), CONCAT, sql);
      sql.append(DialectRules.likeEscape(dialect));
    } else if (node instanceof Node.Between between) {
      render(between.operand(), CONCAT, sql);
      sql.append(between.negated() ? " NOT BETWEEN " : " BETWEEN ");
      render(between.low(), CONCAT, sql);
      sql.append(" AND ");
      render(between.high(), CONCAT, sql);
    } else if (node instanceof Node.Call call) {
      call(call, sql);
    } else if (node instanceof Node.Case caseNode) {
      sql.append("CASE");
      for (int i = 0; i < caseNode.conditions().size(); i++) {
        sql.append(" WHEN ");
        renderTop(caseNode.conditions().get(i), sql);
        sql.append(" THEN ");
        renderTop(caseNode.results().get(i), sql);
      }
      if (caseNode.otherwise() != null) {
        sql.append(" ELSE ");
        renderTop(caseNode.otherwise(), sql);
      }
      sql.append(" END");
    } else if (node instanceof Node.Aggregate aggregate) {
      sql.append(aggregate.function().toUpperCase(Locale.ROOT)).append('(');
      if (aggregate.argument() == null) {
        sql.append('*');
      } else {
        if (aggregate.distinct()) {
          sql.append("DISTINCT ");
        }
        renderTop(aggregate.argument(), sql);
      }
      sql.append(')');
    } else if (node instanceof Node.Extract extract) {
      StringBuilder operand = new StringBuilder();
      renderTop(extract.operand(), operand);
      sql.append(
          DialectRules.extract(
              dialect, extract.field(), operand.toString(), epochMillis(extract.operand())));
    } else {
      throw new IllegalStateException("unknown node " + node);
    }
  }

  /** Concatenation and NULL-safe comparison are spelt differently on some dialects. */
  private boolean special(Node.Binary binary) {
    return binary.op() == BinaryOp.CONCAT
        || (DialectRules.distinctFrom(dialect) != null
            && (binary.op() == BinaryOp.IS_DISTINCT_FROM
                || binary.op() == BinaryOp.IS_NOT_DISTINCT_FROM));
  }

  /**
   * {@code a || b || c}; on MySQL/MariaDB {@code CONCAT(a, b, c)}, because there {@code ||} is OR
   * unless the session has PIPES_AS_CONCAT. Both give NULL when any operand is NULL.
   */
  private void concat(Node.Binary binary, StringBuilder sql) {
    if (dialect != Dialect.MYSQL) {
      render(binary.left(), CONCAT, sql);
      sql.append(" || ");
      render(binary.right(), CONCAT + 1, sql);
      return;
    }
    java.util.ArrayDeque<Node> operands = new java.util.ArrayDeque<>();
    Node left = binary;
    while (left instanceof Node.Binary chain && chain.op() == BinaryOp.CONCAT) {
      operands.push(chain.right());
      left = chain.left();
    }
    operands.push(left);
    sql.append("CONCAT(");
    boolean first = true;
    for (Node operand : operands) {
      if (!first) {
        sql.append(", ");
      }
      first = false;
      renderTop(operand, sql);
    }
    sql.append(')');
  }

  /** {@code IS [NOT] DISTINCT FROM} where a dialect spells it otherwise (MySQL, SQLite). */
  private void distinctFrom(Node.Binary binary, StringBuilder sql) {
    StringBuilder left = new StringBuilder();
    render(binary.left(), CONCAT, left);
    StringBuilder right = new StringBuilder();
    render(binary.right(), CONCAT, right);
    sql.append(
        DialectRules.distinctFrom(dialect)
            .apply(left.toString(), right.toString(), binary.op() == BinaryOp.IS_DISTINCT_FROM));
  }

  private void call(Node.Call call, StringBuilder sql) {
    String name = call.function().toLowerCase(Locale.ROOT);
    List<String> args = new java.util.ArrayList<>();
    for (int i = 0; i < call.args().size(); i++) {
      StringBuilder arg = new StringBuilder();
      renderTop(call.args().get(i), arg);
      // PostgreSQL has substring(text, integer, integer) only: a bigint parameter finds no function.
      if (name.equals("substring") && i > 0 && dialect == Dialect.POSTGRES
          && !(call.args().get(i) instanceof Node.Literal)) {
        args.add("CAST(" + arg + " AS INTEGER)");
      } else {
        args.add(arg.toString());
      }
    }
    switch (name) {
      case "escape_like" -> sql.append(DialectRules.escapeLike(dialect, args.get(0)));
      case "current_date", "current_timestamp" -> sql.append(DialectRules.now(dialect, name));
      default -> sql.append(DialectRules.function(dialect, call.function()))
          .append('(')
          .append(String.join(", ", args))
          .append(')');
    }
  }

  /** Whether {@code node} reads an {@code Instant}, which SQLite stores as epoch milliseconds. */
  private boolean epochMillis(Node node) {
    ValueKind kind = null;
    if (node instanceof Node.Ref ref && ref.qualifier() != null && aliases.get(ref.qualifier()) != null) {
      kind = aliases.get(ref.qualifier()).entity().property(ref.name()).map(p -> p.type().kind()).orElse(null);
    } else if (node instanceof Node.Param param && parameters.get(param.name()) != null) {
      kind = parameters.get(param.name()).type().kind();
    }
    return kind == ValueKind.INSTANT;
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
      render(in.operand(), CONCAT, operand);
      Parameter parameter = parameters.get(param.name());
      bindings.add(new Binding(parameter, true));
      sql.append(DialectRules.collectionIn(dialect, operand.toString(), in.negated(), parameter.type()));
      return;
    }
    render(in.operand(), CONCAT, sql);
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

  /** {@code /} between integers truncates on every dialect (MySQL: {@code DIV}). */
  private String operator(Node.Binary binary) {
    if (binary.op() == BinaryOp.DIV && integral(binary.left()) && integral(binary.right())) {
      return DialectRules.integerDivision(dialect);
    }
    return binary.op().sql();
  }

  /** Whether {@code node} is surely an integer: integer columns, parameters and literals. */
  private boolean integral(Node node) {
    if (node instanceof Node.Ref ref && ref.qualifier() != null) {
      Alias alias = aliases.get(ref.qualifier());
      return alias != null
          && alias.entity().property(ref.name()).map(p -> integral(p.type().kind())).orElse(false);
    } else if (node instanceof Node.Param param) {
      Parameter parameter = parameters.get(param.name());
      return parameter != null && !parameter.collection() && integral(parameter.type().kind());
    } else if (node instanceof Node.Literal literal) {
      return literal.kind() == LiteralKind.INTEGER;
    } else if (node instanceof Node.Unary unary) {
      return unary.op() != UnaryOp.NOT && integral(unary.operand());
    } else if (node instanceof Node.Binary binary) {
      return (binary.op() == BinaryOp.ADD
              || binary.op() == BinaryOp.SUB
              || binary.op() == BinaryOp.MUL
              || binary.op() == BinaryOp.DIV)
          && integral(binary.left())
          && integral(binary.right());
    } else if (node instanceof Node.Call call) {
      return switch (call.function().toLowerCase(Locale.ROOT)) {
        case "length" -> true;
        case "abs", "coalesce" -> call.args().stream().allMatch(this::integral);
        case "nullif" -> integral(call.args().get(0));
        default -> false;
      };
    } else if (node instanceof Node.Extract) {
      return true;
    } else if (node instanceof Node.Aggregate aggregate) {
      return switch (aggregate.function()) {
        case "count" -> true;
        case "avg" -> false;
        default -> integral(aggregate.argument());
      };
    } else if (node instanceof Node.Case caseNode) {
      List<Node> results = new java.util.ArrayList<>(caseNode.results());
      if (caseNode.otherwise() != null) {
        results.add(caseNode.otherwise());
      }
      boolean any = false;
      for (Node result : results) {
        if (result instanceof Node.Literal literal && literal.kind() == LiteralKind.NULL) {
          continue;
        }
        if (!integral(result)) {
          return false;
        }
        any = true;
      }
      return any;
    }
    return false;
  }

  private static boolean integral(ValueKind kind) {
    return kind == ValueKind.LONG
        || kind == ValueKind.INT
        || kind == ValueKind.SHORT
        || kind == ValueKind.BYTE;
  }

  private static void literal(Dialect dialect, Node.Literal literal, StringBuilder sql) {
    switch (literal.kind()) {
      case INTEGER, DECIMAL -> sql.append(literal.text());
      case STRING -> sql.append(DialectRules.stringLiteral(dialect, literal.text()));
      case TRUE -> sql.append(DialectRules.booleanLiteral(dialect, true));
      case FALSE -> sql.append(DialectRules.booleanLiteral(dialect, false));
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
      case EQ, NE, LT, LE, GT, GE, IS_DISTINCT_FROM, IS_NOT_DISTINCT_FROM -> PREDICATE;
      case CONCAT -> CONCAT;
      case ADD, SUB -> ADDITIVE;
      case MUL, DIV -> MULTIPLICATIVE;
    };
  }
}
