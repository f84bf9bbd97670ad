package dev.tenon.processor.expr;

/**
 * Prefix operators. {@link #precedence()} uses the same scale as {@link BinaryOp}, so a
 * SQL writer can decide where parentheses are needed.
 */
public enum UnaryOp {
  /** Logical {@code NOT}; binds looser than comparisons, tighter than {@code AND}. */
  NOT("NOT", 3),
  /** Arithmetic negation {@code -x}; binds tightest. */
  NEGATE("-", 8);

  private final String sql;
  private final int precedence;

  UnaryOp(String sql, int precedence) {
    this.sql = sql;
    this.precedence = precedence;
  }

  /** The SQL spelling: {@code NOT} or {@code -}. */
  public String sql() {
    return sql;
  }

  /** Higher binds tighter: NOT 3, NEGATE 8 (see {@link BinaryOp#precedence()}). */
  public int precedence() {
    return precedence;
  }
}
