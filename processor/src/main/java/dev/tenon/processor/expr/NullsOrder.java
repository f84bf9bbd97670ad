package dev.tenon.processor.expr;

/**
 * Where an {@link OrderItem} puts nulls. {@code NONE} means the item said nothing and the
 * database's default applies; the SQL writer emulates FIRST/LAST where a dialect lacks them.
 */
public enum NullsOrder {
  NONE, FIRST, LAST
}
