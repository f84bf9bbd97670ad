package dev.tenon.processor.expr;

import dev.tenon.processor.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The logic half of the grammar, on top of {@link OperandParser}; one instance parses one
 * source. Errors are thrown as {@link TokenCursor.Failure} and turned into
 * {@link Parsed.Error} by {@link ExprParser}.
 *
 * <pre>
 * expr      := or
 * or        := and ( OR and )*
 * and       := not ( AND not )*
 * not       := NOT not | predicate
 * predicate := concat ( compOp concat | IS [NOT] NULL | IS [NOT] DISTINCT FROM concat
 *                     | [NOT] IN '(' expr (',' expr)* ')' | [NOT] LIKE concat
 *                     | [NOT] BETWEEN concat AND concat )?
 * orderItem := expr [ASC|DESC] [NULLS (FIRST|LAST)]
 * </pre>
 */
final class Parser extends OperandParser {

  Parser(String source) {
    super(source);
  }

  /** {@code expr} followed by end of text. */
  Node expression() {
    Node node = expr();
    expectEnd("an operator or end of text");
    return node;
  }

  /** {@code orderItem} followed by end of text. */
  OrderItem orderItem() {
    Node node = expr();
    String expected = "an operator, ASC, DESC, NULLS FIRST, NULLS LAST or end of text";
    boolean descending = false;
    if (peek().isKeyword("ASC") || peek().isKeyword("DESC")) {
      descending = next().isKeyword("DESC");
      expected = "NULLS FIRST, NULLS LAST or end of text";
    }
    NullsOrder nulls = NullsOrder.NONE;
    if (peek().isKeyword("NULLS")) {
      Token keyword = next();
      if (peek().isKeyword("FIRST")) {
        nulls = NullsOrder.FIRST;
      } else if (peek().isKeyword("LAST")) {
        nulls = NullsOrder.LAST;
      } else {
        throw fail(peek(), "FIRST or LAST" + after(keyword));
      }
      next();
      expected = "end of text";
    }
    expectEnd(expected);
    return new OrderItem(node, descending, nulls);
  }

  private void expectEnd(String expected) {
    Token t = peek();
    if (t.is(Kind.RPAREN)) {
      throw failAt(t, "unexpected ')' with no matching '('");
    }
    if (!t.is(Kind.EOF)) {
      throw fail(t, expected);
    }
  }

  @Override
  Node expr() {
    enter();
    Node node = or();
    exit();
    return node;
  }

  private Node or() {
    Node left = and();
    while (peek().isKeyword("OR")) {
      Token op = next();
      left = binary(BinaryOp.OR, left, and(), op);
    }
    return left;
  }

  private Node and() {
    Node left = not();
    while (peek().isKeyword("AND")) {
      Token op = next();
      left = binary(BinaryOp.AND, left, not(), op);
    }
    return left;
  }

  private Node not() {
    if (!peek().isKeyword("NOT")) {
      return predicate();
    }
    Token op = next();
    enter();
    Node operand = not();
    exit();
    return track(new Node.Unary(UnaryOp.NOT, operand, op.start(), operand.end()), op);
  }

  private Node predicate() {
    Node left = concat();
    Token t = peek();
    BinaryOp comparison = comparison(t);
    Node result;
    if (comparison != null) {
      next();
      result = binary(comparison, left, concat(), t);
    } else if (t.isKeyword("IS")) {
      next();
      boolean negated = peek().isKeyword("NOT");
      if (negated) {
        next();
      }
      if (peek().isKeyword("DISTINCT")) {
        Token distinct = next();
        if (!peek().isKeyword("FROM")) {
          throw fail(peek(), "FROM" + after(distinct));
        }
        next();
        BinaryOp op = negated ? BinaryOp.IS_NOT_DISTINCT_FROM : BinaryOp.IS_DISTINCT_FROM;
        result = binary(op, left, concat(), t);
        return noChain(result);
      }
      if (!peek().isKeyword("NULL")) {
        throw fail(
            peek(),
            negated
                ? "NULL or DISTINCT FROM" + after(prev())
                : "NULL, NOT NULL or [NOT] DISTINCT FROM" + after(t));
      }
      Token end = next();
      result = track(new Node.IsNull(left, negated, left.start(), end.end()), t);
    } else {
      boolean negated = t.isKeyword("NOT");
      if (negated) {
        Token not = next();
        t = peek();
        if (!t.isKeyword("IN") && !t.isKeyword("LIKE") && !t.isKeyword("BETWEEN")) {
          throw fail(t, "IN, LIKE or BETWEEN" + after(not));
        }
      }
      if (t.isKeyword("IN")) {
        next();
        result = in(left, negated, t);
      } else if (t.isKeyword("LIKE")) {
        next();
        Node pattern = concat();
        result = track(new Node.Like(left, pattern, negated, left.start(), pattern.end()), t);
      } else if (t.isKeyword("BETWEEN")) {
        next();
        Node low = concat();
        if (!peek().isKeyword("AND")) {
          throw fail(peek(), "AND after the lower bound of " + t.text());
        }
        next();
        Node high = concat();
        result = track(new Node.Between(left, low, high, negated, left.start(), high.end()), t);
      } else {
        return left;
      }
    }
    return noChain(result);
  }

  private Node noChain(Node result) {
    Token extra = peek();
    if (comparison(extra) != null || extra.isKeyword("IS") || extra.isKeyword("IN")
        || extra.isKeyword("LIKE") || extra.isKeyword("BETWEEN")) {
      throw failAt(extra, "comparisons cannot be chained: found '" + extra.text()
          + "' after a comparison; combine comparisons with AND or OR");
    }
    return result;
  }

  private Node in(Node operand, boolean negated, Token in) {
    if (!peek().is(Kind.LPAREN)) {
      throw fail(peek(), "'('" + after(in));
    }
    next();
    if (peek().is(Kind.RPAREN)) {
      throw failAt(peek(), "expected at least one value in " + in.text() + " (...) but found ')'");
    }
    List<Node> items = new ArrayList<>();
    items.add(expr());
    while (peek().is(Kind.COMMA)) {
      next();
      items.add(expr());
    }
    if (!peek().is(Kind.RPAREN)) {
      throw fail(peek(), "',' or ')' in the " + in.text() + " list");
    }
    Token close = next();
    return track(new Node.In(operand, items, negated, operand.start(), close.end()), in);
  }

  private static BinaryOp comparison(Token t) {
    return switch (t.kind()) {
      case EQ -> BinaryOp.EQ;
      case NE -> BinaryOp.NE;
      case LT -> BinaryOp.LT;
      case LE -> BinaryOp.LE;
      case GT -> BinaryOp.GT;
      case GE -> BinaryOp.GE;
      default -> null;
    };
  }
}
