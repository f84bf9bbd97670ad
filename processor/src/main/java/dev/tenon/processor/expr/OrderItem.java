package dev.tenon.processor.expr;

import java.util.Objects;

/**
 * One {@code @OrderBy} item, {@code expr [ASC|DESC] [NULLS FIRST|LAST]}, as parsed by
 * {@link ExprParser#parseOrderItem(String)}. {@code descending} is false for ASC or when no
 * direction was written.
 */
public record OrderItem(Node expr, boolean descending, NullsOrder nulls) {
  public OrderItem {
    Objects.requireNonNull(expr, "expr");
    Objects.requireNonNull(nulls, "nulls");
  }
}
