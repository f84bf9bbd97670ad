package dev.tenon.processor.expr;

/**
 * Infix operators with their SQL spelling and binding strength, so the SQL writer can
 * print a tree with just the parentheses it needs. Both {@code <>} and {@code !=} in the
 * source parse to {@link #NE}, written {@code <>}.
 */
public enum BinaryOp {
  OR("OR", 1),
  AND("AND", 2),
  EQ("=", 4),
  NE("<>", 4),
  LT("<", 4),
  LE("<=", 4),
  GT(">", 4),
  GE(">=", 4),
  /** {@code a IS DISTINCT FROM b}: NULL-safe {@code <>}. */
  IS_DISTINCT_FROM("IS DISTINCT FROM", 4),
  /** {@code a IS NOT DISTINCT FROM b}: NULL-safe {@code =}. */
  IS_NOT_DISTINCT_FROM("IS NOT DISTINCT FROM", 4),
  /** {@code a || b}: text concatenation, NULL when either side is NULL. */
  CONCAT("||", 5),
  ADD("+", 6),
  SUB("-", 6),
  MUL("*", 7),
  DIV("/", 7);

  private final String sql;
  private final int precedence;

  BinaryOp(String sql, int precedence) {
    this.sql = sql;
    this.precedence = precedence;
  }

  /** The SQL spelling, e.g. {@code "<>"} or {@code "AND"}. */
  public String sql() {
    return sql;
  }

  /**
   * Higher binds tighter: OR 1, AND 2, (NOT 3), comparisons 4, CONCAT 5, ADD/SUB 6, MUL/DIV 7.
   * All binary operators are left-associative; comparisons do not chain.
   */
  public int precedence() {
    return precedence;
  }

  /** True for {@code = <> < <= > >=} and {@code IS [NOT] DISTINCT FROM}, which yield a boolean. */
  public boolean isComparison() {
    return precedence == 4;
  }

  /** True for {@code AND} and {@code OR}. */
  public boolean isLogical() {
    return this == OR || this == AND;
  }

  /** True for {@code + - * /}. */
  public boolean isArithmetic() {
    return precedence >= 6;
  }
}
