package dev.tenon.realworld.dao;

/** The SQL Tenon generated for the article list, read from the generated class for EXPLAIN. */
public final class GeneratedSql {

  private GeneratedSql() {}

  /** {@code Articles.listPage} without filters (its statement 0): the same on every dialect. */
  public static String listPage() {
    return TenonArticles.LIST_PAGE_0_SQL;
  }

  /** The total of {@code Articles.listPage} without filters. */
  public static String listTotal() {
    return TenonArticles.LIST_PAGE_TOTAL_0_SQL;
  }

  /** {@code Articles.rows} as run on PostgreSQL (H2 runs the same text). */
  public static String rowsOnPostgres() {
    return TenonArticles.ROWS_SQL_H2;
  }
}
