package dev.tenon.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tenon.Dialect;
import org.junit.jupiter.api.Test;

class DialectsTest {
  @Test
  void productNamesMapToDialects() {
    assertEquals(Dialect.H2, Dialects.fromProductName("H2"));
    assertEquals(Dialect.POSTGRES, Dialects.fromProductName("PostgreSQL"));
    assertEquals(Dialect.MYSQL, Dialects.fromProductName("MySQL"));
    assertEquals(Dialect.MYSQL, Dialects.fromProductName("MariaDB"));
    assertEquals(Dialect.SQLITE, Dialects.fromProductName("SQLite"));
    assertNull(Dialects.fromProductName("Oracle"));
    assertNull(Dialects.fromProductName(null));
  }
}
