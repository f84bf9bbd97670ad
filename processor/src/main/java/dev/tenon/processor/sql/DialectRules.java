package dev.tenon.processor.sql;

import dev.tenon.Dialect;
import dev.tenon.processor.model.ValueType;

/**
 * Where the dialects differ in the SQL Tenon writes (identifier quoting lives in {@link
 * Identifiers}). Every rule is a plain function of the dialect, so each one is pinned by planner
 * tests.
 */
final class DialectRules {
  private DialectRules() {}

  /**
   * {@code operand [NOT] IN (<collection>)} with the collection bound as ONE parameter, so the SQL
   * is a constant for any size and an empty collection matches nothing (NOT IN: everything):
   * {@code = ANY(?)} with an SQL array on H2 and PostgreSQL.
   */
  static String collectionIn(Dialect dialect, String operand, boolean negated, ValueType element) {
    return switch (dialect) {
      case H2, POSTGRES -> operand + (negated ? " <> ALL(?)" : " = ANY(?)");
      default -> throw new IllegalArgumentException("no collection IN for " + dialect);
    };
  }

  /** The paging clause, with its {@code ?} in binding order (limit first). */
  static String paging(Dialect dialect, boolean limit, boolean offset) {
    if (limit && offset) {
      return "LIMIT ? OFFSET ?";
    }
    if (limit) {
      return "LIMIT ?";
    }
    return "OFFSET ? ROWS";
  }
}
