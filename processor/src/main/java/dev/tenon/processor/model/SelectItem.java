package dev.tenon.processor.model;

import dev.tenon.processor.expr.Node;

/** What one part of the SELECT list reads. */
public sealed interface SelectItem {

  /** Number of result columns the item takes. */
  int width();

  /** Every column of an alias's entity, in component order. */
  record EntityColumns(Alias alias) implements SelectItem {
    @Override
    public int width() {
      return alias.entity().properties().size();
    }
  }

  /** An aggregate's value ({@code @Count}, {@code @Exists}, {@code @Aggregate}). */
  record AggregateValue(AggregateModel aggregate, ValueType type) implements SelectItem {
    @Override
    public int width() {
      return 1;
    }
  }

  /** One expression ({@code @Expr}). */
  record Expression(Node expr, ValueType type) implements SelectItem {
    @Override
    public int width() {
      return 1;
    }
  }
}
