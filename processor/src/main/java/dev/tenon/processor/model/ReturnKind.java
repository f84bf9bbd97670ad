package dev.tenon.processor.model;

/** How a DAO method hands out its rows. */
public enum ReturnKind {
  /** {@code List<R>}: every row. */
  LIST,
  /** {@code Optional<R>}: at most one row. */
  OPTIONAL,
  /** {@code R}: at most one row, null when none. */
  SINGLE,
  /** {@code Stream<R>}: rows as they are read; the caller closes it. */
  STREAM,
  /** {@code Page<R>}: the rows of one page and the total, from a second count statement. */
  PAGE
}
