package dev.tenon.processor.expr;

import dev.tenon.processor.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The value half of the grammar: arithmetic, literals, parameters, references, calls and
 * parentheses. {@link Parser} adds logic and predicates on top.
 *
 * <pre>
 * concat         := additive ( '||' additive )*
 * additive       := multiplicative ( ('+'|'-') multiplicative )*
 * multiplicative := unary ( ('*'|'/') unary )*
 * unary          := '-' unary | primary
 * primary        := NUMBER | STRING | TRUE | FALSE | NULL | PARAM | case | extract
 *                 | CURRENT_DATE | CURRENT_TIMESTAMP
 *                 | IDENT '(' [expr (',' expr)*] ')' | IDENT ['.' IDENT] | '(' expr ')'
 * case           := CASE ( WHEN expr THEN expr )+ [ ELSE expr ] END
 * extract        := EXTRACT '(' (YEAR|MONTH|DAY|HOUR|MINUTE|SECOND) FROM expr ')'
 * aggregate      := COUNT '(' '*' ')' | (COUNT|SUM|AVG|MIN|MAX) '(' [DISTINCT] expr ')'
 * </pre>
 *
 * <p>{@code CURRENT_DATE} and {@code CURRENT_TIMESTAMP} parse as calls without arguments.
 */
abstract class OperandParser extends TokenCursor {

  /** Never names: always keywords. */
  static final Set<String> RESERVED = Set.of(
      "AND", "OR", "NOT", "IS", "NULL", "IN", "LIKE", "BETWEEN", "TRUE", "FALSE");
  /** Order-item keywords; names only when followed by '.' or '(', or right after a '.'. */
  static final Set<String> SOFT =
      Set.of("ASC", "DESC", "NULLS", "FIRST", "LAST", "CASE", "WHEN", "THEN", "ELSE", "END");
  /** Aggregate functions: {@code count(*)}, {@code f([DISTINCT] x)}. */
  static final Set<String> AGGREGATES = Set.of("COUNT", "SUM", "AVG", "MIN", "MAX");
  /** Words that stand for a value without parentheses, as in SQL. */
  static final Set<String> NILADIC = Set.of("CURRENT_DATE", "CURRENT_TIMESTAMP");

  OperandParser(String source) {
    super(source);
  }

  /** A full expression; implemented by {@link Parser}, used for parentheses and arguments. */
  abstract Node expr();

  /** Text concatenation, looser than arithmetic and tighter than comparisons (as in PostgreSQL). */
  final Node concat() {
    Node left = additive();
    while (peek().is(Kind.CONCAT)) {
      Token op = next();
      left = binary(BinaryOp.CONCAT, left, additive(), op);
    }
    return left;
  }

  final Node additive() {
    Node left = multiplicative();
    while (peek().is(Kind.PLUS) || peek().is(Kind.MINUS)) {
      Token op = next();
      left = binary(op.is(Kind.PLUS) ? BinaryOp.ADD : BinaryOp.SUB, left, multiplicative(), op);
    }
    return left;
  }

  private Node multiplicative() {
    Node left = unary();
    while (peek().is(Kind.STAR) || peek().is(Kind.SLASH)) {
      Token op = next();
      left = binary(op.is(Kind.STAR) ? BinaryOp.MUL : BinaryOp.DIV, left, unary(), op);
    }
    return left;
  }

  private Node unary() {
    if (!peek().is(Kind.MINUS)) {
      return primary();
    }
    Token op = next();
    enter();
    Node operand = unary();
    exit();
    return track(new Node.Unary(UnaryOp.NEGATE, operand, op.start(), operand.end()), op);
  }

  private Node primary() {
    Token t = peek();
    switch (t.kind()) {
      case INTEGER:
      case DECIMAL:
        next();
        LiteralKind kind = t.is(Kind.INTEGER) ? LiteralKind.INTEGER : LiteralKind.DECIMAL;
        return new Node.Literal(kind, t.text(), t.start(), t.end());
      case STRING:
        next();
        return new Node.Literal(LiteralKind.STRING, t.value(), t.start(), t.end());
      case PARAM:
        next();
        return new Node.Param(t.value(), t.start(), t.end());
      case LPAREN:
        Token open = next();
        Node inner = expr();
        if (!peek().is(Kind.RPAREN)) {
          throw fail(peek(), "')' to close the '(' at " + open.start());
        }
        return widen(inner, open, next());
      case WORD:
        return word();
      default:
        throw expectedExpression(t);
    }
  }

  private Node word() {
    Token t = peek();
    String upper = t.text().toUpperCase(Locale.ROOT);
    if (upper.equals("TRUE") || upper.equals("FALSE") || upper.equals("NULL")) {
      next();
      return new Node.Literal(LiteralKind.valueOf(upper), upper, t.start(), t.end());
    }
    boolean call = peek(1).is(Kind.LPAREN);
    boolean qualified = peek(1).is(Kind.DOT);
    if (upper.equals("CASE") && !call && !qualified) {
      return caseExpression();
    }
    if (upper.equals("EXTRACT") && call) {
      return extract();
    }
    if (AGGREGATES.contains(upper) && call) {
      return aggregate();
    }
    if (NILADIC.contains(upper) && !call && !qualified) {
      next();
      return new Node.Call(t.text(), List.of(), t.start(), t.end());
    }
    if (RESERVED.contains(upper) || (SOFT.contains(upper) && !call && !qualified)) {
      throw expectedExpression(t);
    }
    next();
    if (call) {
      return call(t);
    }
    if (!qualified) {
      return new Node.Ref(null, t.text(), t.start(), t.end());
    }
    next();
    Token name = peek();
    if (!name.is(Kind.WORD) || RESERVED.contains(name.text().toUpperCase(Locale.ROOT))) {
      throw fail(name, "a property name after '" + t.text() + ".'");
    }
    next();
    if (peek().is(Kind.DOT)) {
      throw failAt(peek(), "expected an operator after '" + t.text() + "." + name.text()
          + "' but found '.'; a reference is alias.property, with one dot");
    }
    return new Node.Ref(t.text(), name.text(), t.start(), name.end());
  }

  private Node call(Token function) {
    next();
    List<Node> args = new ArrayList<>();
    if (!peek().is(Kind.RPAREN)) {
      args.add(expr());
      while (peek().is(Kind.COMMA)) {
        next();
        args.add(expr());
      }
      if (!peek().is(Kind.RPAREN)) {
        throw fail(peek(), "',' or ')' in the arguments of " + function.text() + "(...)");
      }
    }
    Token close = next();
    return track(new Node.Call(function.text(), args, function.start(), close.end()), function);
  }

  private Node caseExpression() {
    Token keyword = next();
    enter();
    List<Node> conditions = new ArrayList<>();
    List<Node> results = new ArrayList<>();
    if (!peek().isKeyword("WHEN")) {
      throw fail(peek(), "WHEN" + after(keyword));
    }
    while (peek().isKeyword("WHEN")) {
      next();
      conditions.add(expr());
      if (!peek().isKeyword("THEN")) {
        throw fail(peek(), "THEN after the condition of WHEN");
      }
      next();
      results.add(expr());
    }
    Node otherwise = null;
    if (peek().isKeyword("ELSE")) {
      next();
      otherwise = expr();
    }
    if (!peek().isKeyword("END")) {
      throw fail(peek(), otherwise == null ? "WHEN, ELSE or END in CASE" : "END to close CASE");
    }
    Token end = next();
    exit();
    return track(
        new Node.Case(conditions, results, otherwise, keyword.start(), end.end()), keyword);
  }

  private Node aggregate() {
    Token function = next();
    next();
    String name = function.text().toLowerCase(Locale.ROOT);
    boolean distinct = false;
    Node argument = null;
    if (peek().is(Kind.STAR)) {
      Token star = next();
      if (!name.equals("count")) {
        throw failAt(star, "'*' stands only in count(*); write " + name + "(x)");
      }
    } else {
      if (peek().isKeyword("DISTINCT")) {
        next();
        distinct = true;
      }
      argument = expr();
    }
    if (!peek().is(Kind.RPAREN)) {
      throw fail(peek(), "')' to close " + name + "(...), which takes one argument");
    }
    Token close = next();
    return track(
        new Node.Aggregate(name, argument, distinct, function.start(), close.end()), function);
  }

  private Node extract() {
    Token keyword = next();
    next();
    Token field = peek();
    DatePart part = null;
    for (DatePart each : DatePart.values()) {
      if (field.isKeyword(each.name())) {
        part = each;
      }
    }
    if (part == null) {
      throw fail(field, "YEAR, MONTH, DAY, HOUR, MINUTE or SECOND in extract(...)");
    }
    next();
    if (!peek().isKeyword("FROM")) {
      throw fail(peek(), "FROM" + after(field));
    }
    next();
    Node operand = expr();
    if (!peek().is(Kind.RPAREN)) {
      throw fail(peek(), "')' to close extract(...)");
    }
    Token close = next();
    return track(new Node.Extract(part, operand, keyword.start(), close.end()), keyword);
  }

  final Node binary(BinaryOp op, Node left, Node right, Token at) {
    return track(new Node.Binary(op, left, right, left.start(), right.end()), at);
  }
}
