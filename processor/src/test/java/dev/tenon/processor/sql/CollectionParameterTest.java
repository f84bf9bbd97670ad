package dev.tenon.processor.sql;

import static dev.tenon.processor.sql.Fixture.BOOK_NOTES;
import static dev.tenon.processor.sql.Fixture.assertPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.processor.model.QueryModel;
import dev.tenon.processor.model.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code x [NOT] IN (:collection)} binds the collection as ONE array parameter, so the SQL is the
 * same for any size and an empty collection matches nothing instead of failing.
 */
class CollectionParameterTest {

  private static Fixture.QueryBuilder books() {
    return Fixture.from(Fixture.BOOK, "b")
        .collection("ids", ValueKind.LONG)
        .collection("names", ValueKind.STRING)
        .param("id", ValueKind.LONG)
        .param("fallback", ValueKind.STRING);
  }

  private static List<Boolean> arrays(PlannedSql planned) {
    return planned.bindings().stream().map(Binding::array).toList();
  }

  @Test
  void inIsEqualsAny() {
    PlannedSql planned =
        assertPlan(
            books().where("b.id IN (:ids)").build(),
            "SELECT b.id, b.name\nFROM book b\nWHERE (b.id) = ANY(?)",
            "ids");
    assertEquals(List.of(true), arrays(planned));
    assertEquals(ValueKind.LONG, planned.bindings().get(0).parameter().type().kind());
  }

  @Test
  void notInIsNotEqualsAll() {
    PlannedSql planned =
        assertPlan(
            books().where("b.id NOT IN (:ids)").build(),
            "SELECT b.id, b.name\nFROM book b\nWHERE (b.id) <> ALL(?)",
            "ids");
    assertEquals(List.of(true), arrays(planned));
  }

  @Test
  void operandIsAnyExpression() {
    assertPlan(
        books().where("lower(b.name) IN (:names) AND b.id + 1 NOT IN (:ids)").build(),
        "SELECT b.id, b.name\nFROM book b\nWHERE (LOWER(b.name)) = ANY(?) AND (b.id + 1) <> ALL(?)",
        "names",
        "ids");
  }

  @Test
  void parametersInTheOperandBindBeforeTheArray() {
    PlannedSql planned =
        assertPlan(
            books().where("coalesce(b.name, :fallback) IN (:names) OR b.id = :id").build(),
            "SELECT b.id, b.name\nFROM book b\nWHERE (COALESCE(b.name, ?)) = ANY(?) OR b.id = ?",
            "fallback",
            "names",
            "id");
    assertEquals(List.of(false, true, false), arrays(planned));
  }

  @Test
  void negatedAndOred() {
    assertPlan(
        books().where("NOT b.id IN (:ids) OR b.name IN (:names)").build(),
        "SELECT b.id, b.name\nFROM book b\nWHERE NOT (b.id) = ANY(?) OR (b.name) = ANY(?)",
        "ids",
        "names");
  }

  @Test
  void scalarParametersInAnInListStayScalar() {
    PlannedSql planned =
        assertPlan(
            books().where("b.id IN (:id) OR b.name IN (:fallback, 'x')").build(),
            "SELECT b.id, b.name\nFROM book b\nWHERE b.id IN (?) OR b.name IN (?, 'x')",
            "id",
            "fallback");
    assertEquals(List.of(false, false), arrays(planned));
  }

  @Test
  void collectionInsideOn() {
    QueryModel query =
        books().leftJoin("b", BOOK_NOTES, "n", "n.userId IN (:ids)").where("b.id = :id").build();
    PlannedSql planned =
        assertPlan(
            query,
            "SELECT b.id, b.name\n"
                + "FROM book b\n"
                + "LEFT OUTER JOIN book_note n ON (n.book_id = b.id AND (n.user_id) = ANY(?))\n"
                + "WHERE b.id = ?",
            "ids",
            "id");
    assertEquals(List.of(true, false), arrays(planned));
  }

  @Test
  void oneCollectionUsedTwiceBindsTwice() {
    assertPlan(
        books()
            .leftJoin("b", BOOK_NOTES, "n", "n.userId NOT IN (:ids)")
            .where("b.id IN (:ids)")
            .build(),
        "SELECT b.id, b.name\n"
            + "FROM book b\n"
            + "LEFT OUTER JOIN book_note n ON (n.book_id = b.id AND (n.user_id) <> ALL(?))\n"
            + "WHERE (b.id) = ANY(?)",
        "ids",
        "ids");
  }
}
