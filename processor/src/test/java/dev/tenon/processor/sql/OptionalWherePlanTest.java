package dev.tenon.processor.sql;

import static dev.tenon.processor.sql.Fixture.assertPlan;

import dev.tenon.processor.model.QueryModel;
import dev.tenon.processor.model.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each combination of optional conditions is its own statement: bit {@code i} of the variant keeps
 * condition {@code i}, ANDed after the fixed {@code @Where}, with its parameters bound in order.
 */
class OptionalWherePlanTest {

  private static QueryModel filtered() {
    QueryModel query =
        Fixture.fromBook()
            .select("book")
            .param("name", ValueKind.STRING)
            .param("min", ValueKind.LONG)
            .where("book.id > 0")
            .orderBy("book.id")
            .build();
    return query.withOptionalWheres(
        List.of(
            new QueryModel.OptionalWhere(
                Fixture.expr("book.name = :name OR book.name = lower(:name)"), List.of("name"),
                List.of()),
            new QueryModel.OptionalWhere(Fixture.expr("book.id >= :min"), List.of("min"), List.of())));
  }

  @Test
  void noneKeptIsTheFixedQuery() {
    assertPlan(
        filtered().variant(0),
        "SELECT book.id, book.name\nFROM book book\nWHERE book.id > 0\nORDER BY book.id");
  }

  @Test
  void eachKeptConditionIsAndedInDeclarationOrder() {
    assertPlan(
        filtered().variant(1),
        "SELECT book.id, book.name\nFROM book book\n"
            + "WHERE book.id > 0 AND (book.name = ? OR book.name = LOWER(?))\nORDER BY book.id",
        "name", "name");
    assertPlan(
        filtered().variant(2),
        "SELECT book.id, book.name\nFROM book book\nWHERE book.id > 0 AND book.id >= ?\n"
            + "ORDER BY book.id",
        "min");
    assertPlan(
        filtered().variant(3),
        "SELECT book.id, book.name\nFROM book book\n"
            + "WHERE book.id > 0 AND (book.name = ? OR book.name = LOWER(?)) AND book.id >= ?\n"
            + "ORDER BY book.id",
        "name", "name", "min");
  }
}
