package dev.tenon.processor.expr;

/**
 * What a {@link Node.Literal} is, so a checker can type it without re-reading its text.
 * {@code INTEGER} and {@code DECIMAL} differ only in whether the number has a fraction.
 */
public enum LiteralKind {
  INTEGER, DECIMAL, STRING, TRUE, FALSE, NULL
}
