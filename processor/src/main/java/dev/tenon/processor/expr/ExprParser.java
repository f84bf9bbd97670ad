package dev.tenon.processor.expr;

import java.util.Objects;
import java.util.function.Function;

/**
 * Parses Tenon's condition language, used in {@code on}, {@code where}, {@code @Where},
 * {@code @Expr}, aggregate {@code value} and {@code @OrderBy} items, into a {@link Node}
 * tree. The processor checks and writes SQL from the tree only, which is why the language
 * is small and strict: no comments, no {@code ;}, no double quotes, no {@code ?}.
 *
 * <pre>
 * expr      := or
 * or        := and ( OR and )*
 * and       := not ( AND not )*
 * not       := NOT not | predicate              -- NOT a = b is NOT (a = b)
 * predicate := concat ( compOp concat | IS [NOT] NULL | IS [NOT] DISTINCT FROM concat
 *                     | [NOT] IN '(' expr (',' expr)* ')' | [NOT] LIKE concat
 *                     | [NOT] BETWEEN concat AND concat )?
 * compOp    := = | &lt;&gt; | != | &lt; | &lt;= | &gt; | &gt;=
 * concat    := additive ( '||' additive )*
 * additive  := multiplicative ( ('+'|'-') multiplicative )*
 * multiplicative := unary ( ('*'|'/') unary )*
 * unary     := '-' unary | primary
 * primary   := NUMBER | STRING | TRUE | FALSE | NULL | ':' NAME | CURRENT_DATE | CURRENT_TIMESTAMP
 *            | CASE (WHEN expr THEN expr)+ [ELSE expr] END
 *            | EXTRACT '(' (YEAR|MONTH|DAY|HOUR|MINUTE|SECOND) FROM expr ')'
 *            | COUNT '(' '*' ')' | (COUNT|SUM|AVG|MIN|MAX) '(' [DISTINCT] expr ')'
 *            | IDENT '(' [expr (',' expr)*] ')' | IDENT ['.' IDENT] | '(' expr ')'
 * orderItem := expr [ASC|DESC] [NULLS (FIRST|LAST)]
 * </pre>
 *
 * <ul>
 *   <li>Keywords are case-insensitive; names are case-sensitive and ASCII
 *       ({@code [A-Za-z_][A-Za-z0-9_]*}). {@code AND OR NOT IS NULL IN LIKE BETWEEN TRUE
 *       FALSE} are never names. {@code ASC DESC NULLS FIRST LAST CASE WHEN THEN ELSE END} are names only when
 *       followed by {@code .} or {@code (}, or right after a {@code .} ({@code p.first}).
 *   <li>{@code :name} has no space after the colon; any word may follow it, keywords too.
 *   <li>Comparisons do not chain ({@code a = b = c} is an error).
 *   <li>{@code -5} is {@code Unary(NEGATE, 5)}; literals are never folded. Two adjacent
 *       minus signs are rejected as an SQL comment; {@code - -x} is fine.
 *   <li>A parenthesized expression's node spans its parentheses.
 *   <li>Every {@link Parsed.Ok} tree is at most 200 levels deep, so recursive walkers are
 *       safe; deeper input (including chains of more than ~200 operators) is an error.
 * </ul>
 *
 * <p>Neither method throws for any non-null input: every problem is a {@link Parsed.Error}
 * naming what was found and what was expected, at the offending token's offset (the
 * source length when the text ends too early).
 */
public final class ExprParser {

  private ExprParser() {}

  /** Parses {@code source} as one expression; the whole string must be used. */
  public static Parsed<Node> parse(String source) {
    return run(source, Parser::expression);
  }

  /** Parses one {@code @OrderBy} item: {@code expr [ASC|DESC] [NULLS (FIRST|LAST)]}. */
  public static Parsed<OrderItem> parseOrderItem(String source) {
    return run(source, Parser::orderItem);
  }

  private static <T> Parsed<T> run(String source, Function<Parser, T> rule) {
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      return new Parsed.Error<>("empty expression", source.length());
    }
    try {
      return new Parsed.Ok<>(rule.apply(new Parser(source)));
    } catch (TokenCursor.Failure failure) {
      return new Parsed.Error<>(failure.getMessage(), failure.offset);
    } catch (StackOverflowError tooDeep) {
      // Unreachable with the depth guards on a normal stack; kept so a tiny stack can't kill javac.
      return new Parsed.Error<>(TokenCursor.TOO_DEEP, 0);
    }
  }
}
