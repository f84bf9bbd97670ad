package dev.tenon.realworld.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A race past a uniqueness check is a 422, found by SQL state class 23 anywhere in the causes. */
class ConstraintViolationTest {

  @Test
  void sqlStateClass23AnywhereInTheCausesIsAConstraintViolation() {
    assertTrue(ConduitServer.isConstraintViolation(
        new RuntimeException("wrapped", new SQLException("duplicate key", "23505"))));
    assertTrue(ConduitServer.isConstraintViolation(new SQLException("MariaDB", "23000")));
    assertFalse(ConduitServer.isConstraintViolation(new SQLException("deadlock", "40001")));
    assertFalse(ConduitServer.isConstraintViolation(new SQLException("no state")));
    assertFalse(ConduitServer.isConstraintViolation(new IllegalStateException("other")));
  }
}
