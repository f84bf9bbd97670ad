package dev.tenon;

/** Functions of {@link Aggregate}. */
public enum AggregateFunction {
  SUM,
  AVG,
  MIN,
  MAX,
  COUNT
}
