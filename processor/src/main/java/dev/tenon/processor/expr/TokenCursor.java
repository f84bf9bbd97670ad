package dev.tenon.processor.expr;

import dev.tenon.processor.expr.Token.Kind;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parser's position in the token list, its error reporting and its depth guards,
 * kept apart from the grammar so each stays small. Two guards keep every walk of a parsed
 * tree safe from stack overflow: recursion while parsing (parentheses, NOT, minus, calls,
 * IN lists) is limited to {@link #MAX_DEPTH} levels, and so is the depth of the tree built
 * (which also bounds long left-associative chains such as {@code a + a + a ...}).
 */
abstract class TokenCursor {

  /** Most levels of parsing recursion, and most depth of a parsed tree. */
  static final int MAX_DEPTH = 200;
  static final String TOO_DEEP =
      "expression nested too deeply (more than " + MAX_DEPTH + " levels)";

  /** A syntax error; cheap (no stack trace), caught by {@link ExprParser}. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int offset;

    Failure(String message, int offset) {
      super(message, null, false, false);
      this.offset = offset;
    }
  }

  private final List<Token> tokens;
  private final Map<Node, Integer> depths = new IdentityHashMap<>();
  private int pos;
  private int nesting;

  TokenCursor(String source) {
    this.tokens = Lexer.tokenize(source);
  }

  final Token peek() {
    return tokens.get(pos);
  }

  final Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  final Token prev() {
    return tokens.get(pos - 1);
  }

  /** Consumes and returns the current token; never moves past the last (EOF or ERROR). */
  final Token next() {
    Token t = tokens.get(pos);
    if (pos < tokens.size() - 1) {
      pos++;
    }
    return t;
  }

  /** Enters one level of recursion; fails beyond {@link #MAX_DEPTH}. */
  final void enter() {
    if (++nesting > MAX_DEPTH) {
      throw failAt(peek(), TOO_DEEP);
    }
  }

  final void exit() {
    nesting--;
  }

  /** Records the depth of a new inner node; fails when the tree gets too deep to walk. */
  final Node track(Node node, Token at) {
    int deepest = 0;
    for (Node child : Nodes.children(node)) {
      deepest = Math.max(deepest, depth(child));
    }
    if (deepest + 1 > MAX_DEPTH) {
      throw new Failure(TOO_DEEP, at.start());
    }
    depths.put(node, deepest + 1);
    return node;
  }

  /** {@code inner} widened over its parentheses, keeping its recorded depth. */
  final Node widen(Node inner, Token open, Token close) {
    Node widened = Nodes.withSpan(inner, open.start(), close.end());
    depths.put(widened, depth(inner));
    return widened;
  }

  private int depth(Node node) {
    return depths.getOrDefault(node, 1);
  }

  /** "expected an expression after 'X' but found Y". */
  final Failure expectedExpression(Token found) {
    return fail(found, "an expression" + (pos > 0 ? after(prev()) : ""));
  }

  static String after(Token t) {
    return " after '" + t.text() + "'";
  }

  /** "expected {@code expected} but found {@code found}", at {@code found}. */
  static Failure fail(Token found, String expected) {
    return failAt(found, "expected " + expected + " but found " + found.describe());
  }

  /** An error at {@code found}, unless the lexer already failed there: that error wins. */
  static Failure failAt(Token found, String message) {
    if (found.is(Kind.ERROR)) {
      return new Failure(found.value(), found.start());
    }
    return new Failure(message, found.start());
  }
}
