package dev.tenon.processor.expr;

/**
 * The parts {@code extract(… FROM x)} can read. Each is a whole number on every dialect (seconds
 * without their fraction), so an answer does not depend on the database.
 */
public enum DatePart {
  YEAR, MONTH, DAY, HOUR, MINUTE, SECOND;

  /** Whether the part is read from a date ({@code YEAR MONTH DAY}) rather than a time of day. */
  public boolean ofDate() {
    return this == YEAR || this == MONTH || this == DAY;
  }
}
