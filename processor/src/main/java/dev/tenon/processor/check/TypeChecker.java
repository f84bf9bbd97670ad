package dev.tenon.processor.check;

import dev.tenon.processor.expr.BinaryOp;
import dev.tenon.processor.expr.LiteralKind;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.expr.UnaryOp;
import dev.tenon.processor.model.AggregateKind;
import dev.tenon.processor.model.AggregateModel;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.Parameter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Infers the category of every node of a name-checked tree and reports operands that cannot
 * match: a date parameter against a number column, text against a number, {@code NOT} of a number,
 * {@code LIKE} on a number. Reports the first problem of a tree; returns null after one.
 */
final class TypeChecker {
  private final Map<String, Alias> scope;
  private final Map<String, Parameter> parameters;
  private final Map<String, AggregateModel> aggregates;
  private final String source;
  private final BiConsumer<Node, String> report;

  TypeChecker(
      Map<String, Alias> scope,
      Map<String, Parameter> parameters,
      Map<String, AggregateModel> aggregates,
      String source,
      BiConsumer<Node, String> report) {
    this.scope = scope;
    this.parameters = parameters;
    this.aggregates = aggregates;
    this.source = source;
    this.report = report;
  }

  /** The category of {@code node}, or null when a mismatch was reported. */
  SqlCategory infer(Node node) {
    if (node instanceof Node.Ref ref) {
      return reference(ref);
    }
    if (node instanceof Node.Param param) {
      return SqlCategory.of(parameters.get(param.name()).type().kind());
    }
    if (node instanceof Node.Literal literal) {
      return literal.kind() == LiteralKind.INTEGER || literal.kind() == LiteralKind.DECIMAL
          ? SqlCategory.NUMBER
          : literal.kind() == LiteralKind.STRING
              ? SqlCategory.TEXT
              : literal.kind() == LiteralKind.NULL ? SqlCategory.NULL : SqlCategory.BOOLEAN;
    }
    if (node instanceof Node.Unary unary) {
      SqlCategory operand = infer(unary.operand());
      SqlCategory wanted = unary.op() == UnaryOp.NOT ? SqlCategory.BOOLEAN : SqlCategory.NUMBER;
      return expect(unary.operand(), operand, wanted, unary.op() == UnaryOp.NOT ? "NOT" : "'-'");
    }
    if (node instanceof Node.Binary binary) {
      return binary(binary);
    }
    if (node instanceof Node.IsNull isNull) {
      return infer(isNull.operand()) == null ? null : SqlCategory.BOOLEAN;
    }
    if (node instanceof Node.In in) {
      SqlCategory operand = infer(in.operand());
      if (operand == null) {
        return null;
      }
      for (Node item : in.items()) {
        if (!comparable(in.operand(), operand, item, "IN")) {
          return null;
        }
      }
      return SqlCategory.BOOLEAN;
    }
    if (node instanceof Node.Like like) {
      SqlCategory operand = expect(like.operand(), infer(like.operand()), SqlCategory.TEXT, "LIKE");
      SqlCategory pattern = expect(like.pattern(), infer(like.pattern()), SqlCategory.TEXT, "LIKE");
      return operand == null || pattern == null ? null : SqlCategory.BOOLEAN;
    }
    if (node instanceof Node.Between between) {
      SqlCategory operand = infer(between.operand());
      if (operand == null
          || !comparable(between.operand(), operand, between.low(), "BETWEEN")
          || !comparable(between.operand(), operand, between.high(), "BETWEEN")) {
        return null;
      }
      return SqlCategory.BOOLEAN;
    }
    return call((Node.Call) node);
  }

  private SqlCategory reference(Node.Ref ref) {
    if (ref.qualifier() == null) {
      AggregateModel aggregate = aggregates.get(ref.name());
      return switch (aggregate.kind()) {
        case COUNT_ROWS, COUNT, SUM, AVG -> SqlCategory.NUMBER;
        case EXISTS -> SqlCategory.BOOLEAN;
        case MIN, MAX -> aggregateValue(aggregate);
      };
    }
    Alias alias = scope.get(ref.qualifier());
    return SqlCategory.of(alias.entity().property(ref.name()).orElseThrow().type().kind());
  }

  private SqlCategory aggregateValue(AggregateModel aggregate) {
    Map<String, Alias> inner = new java.util.LinkedHashMap<>(scope);
    inner.put(aggregate.related().name(), aggregate.related());
    return new TypeChecker(inner, parameters, Map.of(), source, report).infer(aggregate.value());
  }

  private SqlCategory binary(Node.Binary binary) {
    BinaryOp op = binary.op();
    SqlCategory left = infer(binary.left());
    if (left == null) {
      return null;
    }
    if (op == BinaryOp.AND || op == BinaryOp.OR) {
      SqlCategory right = infer(binary.right());
      if (expect(binary.left(), left, SqlCategory.BOOLEAN, op.sql()) == null
          || expect(binary.right(), right, SqlCategory.BOOLEAN, op.sql()) == null) {
        return null;
      }
      return SqlCategory.BOOLEAN;
    }
    if (op.isComparison()) {
      return comparable(binary.left(), left, binary.right(), op.sql()) ? SqlCategory.BOOLEAN : null;
    }
    SqlCategory right = infer(binary.right());
    if (expect(binary.left(), left, SqlCategory.NUMBER, "'" + op.sql() + "'") == null
        || expect(binary.right(), right, SqlCategory.NUMBER, "'" + op.sql() + "'") == null) {
      return null;
    }
    return SqlCategory.NUMBER;
  }

  private SqlCategory call(Node.Call call) {
    String name = call.function().toLowerCase(Locale.ROOT);
    List<Node> args = call.args();
    switch (name) {
      case "lower", "upper" -> {
        return expect(args.get(0), infer(args.get(0)), SqlCategory.TEXT, name) == null
            ? null
            : SqlCategory.TEXT;
      }
      case "length" -> {
        return expect(args.get(0), infer(args.get(0)), SqlCategory.TEXT, name) == null
            ? null
            : SqlCategory.NUMBER;
      }
      case "abs" -> {
        return expect(args.get(0), infer(args.get(0)), SqlCategory.NUMBER, name);
      }
      default -> {
        SqlCategory common = SqlCategory.NULL;
        for (Node arg : args) {
          SqlCategory each = infer(arg);
          if (each == null) {
            return null;
          }
          if (!common.fits(each)) {
            report.accept(
                arg,
                "coalesce mixes " + common.description() + " and " + each.description() + " in '"
                    + text(arg) + "'");
            return null;
          }
          if (common == SqlCategory.NULL) {
            common = each;
          }
        }
        return common;
      }
    }
  }

  private boolean comparable(Node left, SqlCategory leftType, Node right, String operator) {
    SqlCategory rightType = infer(right);
    if (rightType == null) {
      return false;
    }
    if (!leftType.fits(rightType)) {
      report.accept(
          right,
          "'" + text(left) + "' is " + leftType.description() + " but '" + text(right) + "' is "
              + rightType.description() + ": " + operator + " cannot compare them");
      return false;
    }
    return true;
  }

  private SqlCategory expect(Node node, SqlCategory actual, SqlCategory wanted, String operator) {
    if (actual == null) {
      return null;
    }
    if (!actual.fits(wanted)) {
      report.accept(
          node,
          operator + " needs " + wanted.description() + ", but '" + text(node) + "' is "
              + actual.description());
      return null;
    }
    return wanted;
  }

  private String text(Node node) {
    if (node.end() <= node.start() || node.end() > source.length()) {
      return node.toString();
    }
    return source.substring(node.start(), node.end());
  }

  /** Whether {@code kind} is a count or flag, for messages. */
  static boolean numeric(AggregateKind kind) {
    return kind != AggregateKind.EXISTS;
  }
}
