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
    if (node instanceof Node.Case caseNode) {
      return caseValue(caseNode);
    }
    if (node instanceof Node.Extract extract) {
      return extract(extract);
    }
    if (node instanceof Node.Aggregate aggregate) {
      return aggregateFunction(aggregate);
    }
    return call((Node.Call) node);
  }

  /** Every WHEN is a condition; every result (THEN and ELSE) is of one category, NULL aside. */
  private SqlCategory caseValue(Node.Case caseNode) {
    for (Node condition : caseNode.conditions()) {
      if (expect(condition, infer(condition), SqlCategory.BOOLEAN, "WHEN") == null) {
        return null;
      }
    }
    List<Node> results = new java.util.ArrayList<>(caseNode.results());
    if (caseNode.otherwise() != null) {
      results.add(caseNode.otherwise());
    }
    SqlCategory common = SqlCategory.NULL;
    Node first = null;
    for (Node result : results) {
      SqlCategory each = infer(result);
      if (each == null) {
        return null;
      }
      if (!common.fits(each)) {
        report.accept(
            result,
            "the branches of CASE disagree: '" + text(first) + "' is " + common.description()
                + " but '" + text(result) + "' is " + each.description());
        return null;
      }
      if (common == SqlCategory.NULL && each != SqlCategory.NULL) {
        common = each;
        first = result;
      }
    }
    return common;
  }

  /** count of anything; sum and avg of numbers; min and max of anything ordered (not booleans). */
  private SqlCategory aggregateFunction(Node.Aggregate aggregate) {
    if (aggregate.argument() == null) {
      return SqlCategory.NUMBER;
    }
    SqlCategory argument = infer(aggregate.argument());
    if (argument == null) {
      return null;
    }
    String name = aggregate.function();
    switch (name) {
      case "count" -> {
        return SqlCategory.NUMBER;
      }
      case "sum", "avg" -> {
        return expect(aggregate.argument(), argument, SqlCategory.NUMBER, name);
      }
      default -> {
        if (argument == SqlCategory.BOOLEAN || argument == SqlCategory.BYTES) {
          report.accept(
              aggregate.argument(),
              name + " needs values that sort (numbers, text, dates, times), but '"
                  + text(aggregate.argument()) + "' is " + argument.description());
          return null;
        }
        return argument;
      }
    }
  }

  /** YEAR, MONTH and DAY of a date or timestamp; HOUR, MINUTE and SECOND of a time or timestamp. */
  private SqlCategory extract(Node.Extract extract) {
    SqlCategory operand = infer(extract.operand());
    if (operand == null) {
      return null;
    }
    boolean fits =
        operand == SqlCategory.TIMESTAMP
            || operand == SqlCategory.NULL
            || (extract.field().ofDate() ? operand == SqlCategory.DATE : operand == SqlCategory.TIME);
    if (!fits) {
      report.accept(
          extract.operand(),
          "extract(" + extract.field() + " FROM …) needs "
              + (extract.field().ofDate() ? "a date or a timestamp" : "a time or a timestamp")
              + ", but '" + text(extract.operand()) + "' is " + operand.description());
      return null;
    }
    return SqlCategory.NUMBER;
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
    if (op == BinaryOp.CONCAT) {
      SqlCategory right = infer(binary.right());
      if (expect(binary.left(), left, SqlCategory.TEXT, "'||'") == null
          || expect(binary.right(), right, SqlCategory.TEXT, "'||'") == null) {
        return null;
      }
      return SqlCategory.TEXT;
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
      case "trim", "escape_like" -> {
        return expect(args.get(0), infer(args.get(0)), SqlCategory.TEXT, name);
      }
      case "replace" -> {
        for (Node arg : args) {
          if (expect(arg, infer(arg), SqlCategory.TEXT, name) == null) {
            return null;
          }
        }
        return SqlCategory.TEXT;
      }
      case "substring" -> {
        if (expect(args.get(0), infer(args.get(0)), SqlCategory.TEXT, name) == null) {
          return null;
        }
        for (Node arg : args.subList(1, args.size())) {
          if (expect(arg, infer(arg), SqlCategory.NUMBER, name) == null) {
            return null;
          }
        }
        return SqlCategory.TEXT;
      }
      case "nullif" -> {
        SqlCategory first = infer(args.get(0));
        if (first == null || !comparable(args.get(0), first, args.get(1), name)) {
          return null;
        }
        return first;
      }
      case "current_date" -> {
        return SqlCategory.DATE;
      }
      case "current_timestamp" -> {
        return SqlCategory.TIMESTAMP;
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
