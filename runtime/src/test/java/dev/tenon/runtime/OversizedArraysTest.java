package dev.tenon.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** How an H2 collection too large for one array is split: only SQL and placeholders are added. */
class OversizedArraysTest {

  @Test
  void anInConditionBecomesOneAnyPerChunk() {
    assertEquals(
        "SELECT b.id FROM book b WHERE ((b.id) = ANY(?) OR (b.id) = ANY(?)) AND b.name = ?",
        OversizedArrays.split("SELECT b.id FROM book b WHERE (b.id) = ANY(?) AND b.name = ?", 1, 2));
  }

  @Test
  void aNotInConditionBecomesOneAllPerChunk() {
    assertEquals(
        "WHERE x = ? AND ((lower(b.name)) <> ALL(?) AND (lower(b.name)) <> ALL(?) AND"
            + " (lower(b.name)) <> ALL(?))",
        OversizedArrays.split("WHERE x = ? AND (lower(b.name)) <> ALL(?)", 2, 3));
  }

  @Test
  void quotedQuestionMarksAndParenthesesAreNotPlaceholders() {
    String sql = "WHERE b.name <> '?(' AND (coalesce(b.name, ')?')) = ANY(?) AND \"q?\" = ?";
    assertEquals(
        "WHERE b.name <> '?(' AND ((coalesce(b.name, ')?')) = ANY(?) OR (coalesce(b.name, ')?'))"
            + " = ANY(?)) AND \"q?\" = ?",
        OversizedArrays.split(sql, 1, 2));
  }

  @Test
  void indexesAfterASplitCollectionMoveBackByItsExtraChunks() {
    TreeMap<Integer, Integer> split = new TreeMap<>();
    split.put(2, 3);
    split.put(4, 2);
    assertEquals(1, OversizedArrays.shifted(split, 1));
    assertEquals(2, OversizedArrays.shifted(split, 2));
    assertEquals(5, OversizedArrays.shifted(split, 3));
    assertEquals(6, OversizedArrays.shifted(split, 4));
    assertEquals(8, OversizedArrays.shifted(split, 5));
  }

  @Test
  void chunksHoldAtMostOneH2Array() {
    assertEquals(1, OversizedArrays.chunks(65_536));
    assertEquals(2, OversizedArrays.chunks(65_537));
    assertEquals(2, OversizedArrays.chunks(100_000));
  }

  @Test
  void aPlaceholderThatIsNoCollectionIsAnError() {
    assertThrows(IllegalStateException.class, () -> OversizedArrays.split("WHERE b.id = ?", 1, 2));
  }
}
