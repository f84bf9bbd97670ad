package dev.tenon.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding joined rows: duplicates from a second join, nesting, roots that come back, streams. */
class FolderTest {
  record Named(long id, String name, List<?> first, List<?> second) {}

  /** A leaf level reading (id, name) at {@code at}: builds the name. */
  private static Fold leaf(int at) {
    return Fold.of(row -> Fold.key(row, at), row -> new Object[] {row.getString(at + 1)},
        (own, children) -> own[0]);
  }

  /** The same leaf as written for a statement whose only to-many join leads to it. */
  private static Fold uniqueLeaf(int at) {
    return Fold.uniqueLeaf(row -> row.getObject(at) == null ? null : row.getString(at + 1));
  }

  /** The same leaf, keyed and read in one step ({@code Fold.leaf}) with a typed key. */
  private static Fold itemLeaf(int at) {
    return Fold.leaf(row -> Fold.longKey(row, at), row -> row.getString(at + 1));
  }

  private static Fold root(Fold... children) {
    return Fold.of(row -> Fold.key(row, 1), row -> new Object[] {row.getLong(1), row.getString(2)},
        (own, lists) -> new Named((Long) own[0], (String) own[1],
            lists.length > 0 ? lists[0] : List.of(), lists.length > 1 ? lists[1] : List.of()),
        children);
  }

  private static List<Object> fold(Fold fold, String values) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM (VALUES " + values + ")")) {
      Folder folder = new Folder(fold);
      while (rows.next()) {
        folder.accept(rows);
      }
      return folder.buildAll();
    }
  }

  @Test
  void twoToManyJoinsMultiplyRowsButNotListElements() throws SQLException {
    List<Object> books = fold(root(leaf(3), leaf(5)),
        "(1, 'Dune', 10, 'n1', 100, 't1'), (1, 'Dune', 10, 'n1', 101, 't2'),"
            + " (1, 'Dune', 11, 'n2', 100, 't1'), (1, 'Dune', 11, 'n2', 101, 't2'),"
            + " (2, 'Emma', NULL, NULL, NULL, NULL)");
    assertEquals(List.of(
        new Named(1, "Dune", List.of("n1", "n2"), List.of("t1", "t2")),
        new Named(2, "Emma", List.of(), List.of())), books);
  }

  @Test
  void rootsThatComeBackKeepOneValueInFirstSeenOrder() throws SQLException {
    List<Object> books = fold(root(leaf(3)),
        "(2, 'Emma', 20, 'e1'), (1, 'Dune', 10, 'd1'), (2, 'Emma', 21, 'e2'), (1, 'Dune', 10, 'd1')");
    assertEquals(List.of(
        new Named(2, "Emma", List.of("e1", "e2"), List.of()),
        new Named(1, "Dune", List.of("d1"), List.of())), books);
  }

  @Test
  void nestedLevelsFoldUnderTheirParent() throws SQLException {
    for (Fold notes : List.of(leaf(5), itemLeaf(5), uniqueLeaf(5))) {
      Fold books = Fold.of(row -> Fold.longKey(row, 3),
          row -> new Object[] {row.getLong(3), row.getString(4)},
          (own, lists) -> new Named((Long) own[0], (String) own[1], lists[0], List.of()), notes);
      List<Object> authors = fold(root(books),
          "(1, 'Ann', 10, 'Dune', 100, 'n1'), (1, 'Ann', 10, 'Dune', 101, 'n2'),"
              + " (1, 'Ann', 11, 'Emma', NULL, NULL), (2, 'Bo', NULL, NULL, NULL, NULL)");
      assertEquals(List.of(
          new Named(1, "Ann", List.of(
              new Named(10, "Dune", List.of("n1", "n2"), List.of()),
              new Named(11, "Emma", List.of(), List.of())), List.of()),
          new Named(2, "Bo", List.of(), List.of())), authors);
    }
  }

  @Test
  void streamingBuildsEachRootOnceTheNextOneStarts() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT * FROM (VALUES (1, 'Dune', 10, 'd1'), (1, 'Dune', 11, 'd2'), (2, 'Emma', 20, 'e1'))")) {
      Folder folder = new Folder(root(leaf(3)));
      List<Object> emitted = new ArrayList<>();
      Object pending = null;
      while (rows.next()) {
        Object key = folder.accept(rows);
        if (pending != null && !pending.equals(key)) {
          emitted.add(folder.buildAndRemove(pending));
        }
        pending = key;
      }
      emitted.add(folder.buildAndRemove(pending));
      assertEquals(List.of(
          new Named(1, "Dune", List.of("d1", "d2"), List.of()),
          new Named(2, "Emma", List.of("e1"), List.of())), emitted);
    }
  }

  @Test
  void aUniqueLeafKeepsEveryRowWithAValueAndNoneOfTheEmptyOnes() throws SQLException {
    String rows = "(1, 'Dune', 10, 'n1'), (1, 'Dune', 11, 'n2'), (2, 'Emma', NULL, NULL),"
        + " (3, 'Ulysses', 30, 'u1')";
    List<Object> expected = List.of(
        new Named(1, "Dune", List.of("n1", "n2"), List.of()),
        new Named(2, "Emma", List.of(), List.of()),
        new Named(3, "Ulysses", List.of("u1"), List.of()));
    assertEquals(expected, fold(root(uniqueLeaf(3)), rows));
    assertEquals(expected, fold(root(itemLeaf(3)), rows));
    assertEquals(expected, fold(root(leaf(3)), rows));
  }

  @Test
  void typedKeysEqualTheGenericOnesAndReadNullAsNull() throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "SELECT CAST(7 AS INT), CAST(7 AS BIGINT), CAST(NULL AS BIGINT), CAST(0 AS BIGINT), 'k'")) {
      rows.next();
      assertEquals(Fold.key(rows, 1), Fold.longKey(rows, 1));
      assertEquals(Fold.key(rows, 2), Fold.longKey(rows, 2));
      assertEquals(null, Fold.longKey(rows, 3));
      assertEquals(0L, Fold.longKey(rows, 4));
      assertEquals(Fold.key(rows, 5), Fold.stringKey(rows, 5));
    }
  }
}
