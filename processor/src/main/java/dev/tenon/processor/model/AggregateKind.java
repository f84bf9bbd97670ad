package dev.tenon.processor.model;

/** What an aggregate computes per root row. */
public enum AggregateKind {
  /** {@code @Count}: rows; 0 when none. */
  COUNT_ROWS,
  /** {@code @Exists}: whether any row; false when none. */
  EXISTS,
  /** {@code @Aggregate(function = COUNT)}: non-null values; 0 when none. */
  COUNT,
  SUM,
  AVG,
  MIN,
  MAX;

  /** Whether the value is never NULL (a root without related rows still gets 0 / false). */
  public boolean neverNull() {
    return this == COUNT_ROWS || this == EXISTS || this == COUNT;
  }
}
