package dev.tenon.processor.model;

/** How a join treats parent rows without a match. */
public enum JoinType {
  LEFT("LEFT OUTER JOIN"),
  INNER("INNER JOIN");

  private final String sql;

  JoinType(String sql) {
    this.sql = sql;
  }

  public String sql() {
    return sql;
  }
}
