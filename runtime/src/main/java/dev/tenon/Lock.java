package dev.tenon;

/**
 * The row lock a {@link Select} takes, for read-then-write inside one transaction. The lock covers
 * the root's rows; where a dialect cannot name the root alone it locks what the statement reads
 * (see the README's table of dialects). Held until the transaction ends, so use it inside
 * {@code jdbi.inTransaction(…)}.
 */
public enum Lock {
  /** No lock clause. */
  NONE,
  /** {@code FOR UPDATE}: exclusive, other writers and lockers wait. */
  FOR_UPDATE,
  /** {@code FOR SHARE}: other readers that lock may share it, writers wait. */
  FOR_SHARE,
  /**
   * {@code FOR UPDATE SKIP LOCKED}: rows another transaction has locked are left out instead of
   * waited for, so concurrent workers each claim different rows of a job queue.
   */
  FOR_UPDATE_SKIP_LOCKED
}
