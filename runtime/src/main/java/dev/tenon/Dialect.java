package dev.tenon;

/** The SQL dialects Tenon writes. */
public enum Dialect {
  /** Every dialect's SQL is generated; the connection's metadata picks one, once. */
  AUTO,
  H2,
  POSTGRES,
  /** MySQL 8 and MariaDB. */
  MYSQL,
  SQLITE
}
