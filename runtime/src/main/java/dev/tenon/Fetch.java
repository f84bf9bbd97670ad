package dev.tenon;

/** How a to-many join is loaded into a {@code List<Entity>} component. */
public enum Fetch {
  /** One statement; joined rows are folded per root row. */
  JOIN,
  /** One more statement per call, keyed by the roots' keys; the strategy that pages right. */
  BATCH
}
