package dev.tenon.processor.sql;

import static dev.tenon.processor.sql.Fixture.BOOK;
import static dev.tenon.processor.sql.Fixture.BOOK_NOTE;
import static dev.tenon.processor.sql.Fixture.BOOK_NOTES;
import static dev.tenon.processor.sql.Fixture.expr;
import static dev.tenon.processor.sql.Fixture.orderItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.Dialect;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.expr.OrderItem;
import dev.tenon.processor.model.AggregateKind;
import dev.tenon.processor.model.AggregateModel;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.Parameter;
import dev.tenon.processor.model.ParameterRole;
import dev.tenon.processor.model.QueryModel;
import dev.tenon.processor.model.SelectItem;
import dev.tenon.processor.model.ValueKind;
import dev.tenon.processor.model.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code @Count}, {@code @Exists} and {@code @Aggregate}: each is one derived table aggregated
 * once and LEFT-joined once; {@code @Where} and {@code @OrderBy} read its column, never a second
 * copy of the subquery.
 */
class AggregatePlanTest {
  private static final Alias ROOT = new Alias("book", BOOK, false);
  private static final Alias NOTES = new Alias("notes", BOOK_NOTE, false);

  private static AggregateModel aggregate(AggregateKind kind, String as, String value, String where) {
    return new AggregateModel(
        kind,
        as,
        ROOT,
        BOOK_NOTES,
        NOTES,
        value == null ? null : expr(value),
        where == null ? null : expr(where),
        false,
        Origin.NONE);
  }

  private static QueryModel query(
      List<AggregateModel> aggregates, String where, List<String> orderBy) {
    Map<String, Parameter> parameters = new LinkedHashMap<>();
    parameters.put(
        "userId",
        new Parameter("userId", ValueType.of(ValueKind.LONG), false, ParameterRole.VALUE, Origin.NONE));
    List<SelectItem> select = new ArrayList<>();
    select.add(new SelectItem.EntityColumns(ROOT));
    for (AggregateModel aggregate : aggregates) {
      select.add(new SelectItem.AggregateValue(aggregate, ValueType.of(ValueKind.LONG)));
    }
    List<OrderItem> order = orderBy.stream().map(Fixture::orderItem).toList();
    Node condition = where == null ? null : expr(where);
    return new QueryModel(
        "test", false, ROOT, List.of(), condition, order, select, null, null, parameters, aggregates, List.of());
  }

  @Test
  void countExistsAndSumAreDerivedTablesJoinedOnce() {
    QueryModel query =
        query(
            List.of(
                aggregate(AggregateKind.COUNT_ROWS, "mine", null, "notes.userId = :userId"),
                aggregate(AggregateKind.EXISTS, "anyNote", null, null),
                aggregate(AggregateKind.SUM, "total", "notes.userId", null)),
            null,
            List.of("book.id"));
    String expected =
        "SELECT book.id, book.name, COALESCE(mine.v, 0), (\"anyNote\".k1 IS NOT NULL), total.v\n"
            + "FROM book book\n"
            + "LEFT OUTER JOIN (SELECT notes.book_id AS k1, COUNT(*) AS v FROM book_note notes"
            + " WHERE notes.user_id = ? GROUP BY notes.book_id) mine ON (mine.k1 = book.id)\n"
            + "LEFT OUTER JOIN (SELECT DISTINCT notes.book_id AS k1 FROM book_note notes)"
            + " \"anyNote\" ON (\"anyNote\".k1 = book.id)\n"
            + "LEFT OUTER JOIN (SELECT notes.book_id AS k1, SUM(notes.user_id) AS v FROM book_note"
            + " notes GROUP BY notes.book_id) total ON (total.k1 = book.id)\n"
            + "ORDER BY book.id";
    Fixture.assertPlan(query, expected, "userId");
  }

  @Test
  void anAggregateInWhereAndOrderByIsReadNotRecomputed() {
    AggregateModel mine = aggregate(AggregateKind.COUNT_ROWS, "mine", null, "notes.userId = :userId");
    AggregateModel flag = aggregate(AggregateKind.EXISTS, "flagged", null, "notes.text LIKE 'x%'");
    QueryModel query =
        query(List.of(mine, flag), "mine > 0 AND (flagged OR mine > 2)", List.of("mine DESC", "book.id"));
    for (Dialect dialect : List.of(Dialect.H2, Dialect.POSTGRES, Dialect.MYSQL, Dialect.SQLITE)) {
      String sql = SqlPlanner.plan(query, dialect).sql();
      assertEquals(2, occurrences(sql, "(SELECT "), dialect + ": one subquery per aggregate\n" + sql);
      assertEquals(1, occurrences(sql, "COUNT(*)"), dialect + ": counted once\n" + sql);
      assertEquals(1, occurrences(sql, "LIKE 'x%'"), dialect + ": filtered once\n" + sql);
      assertEquals(
          1, occurrences(sql, "notes.user_id = ?"), dialect + ": bound once\n" + sql);
    }
    Fixture.assertPlan(
        query,
        "SELECT book.id, book.name, COALESCE(mine.v, 0), (flagged.k1 IS NOT NULL)\n"
            + "FROM book book\n"
            + "LEFT OUTER JOIN (SELECT notes.book_id AS k1, COUNT(*) AS v FROM book_note notes"
            + " WHERE notes.user_id = ? GROUP BY notes.book_id) mine ON (mine.k1 = book.id)\n"
            + "LEFT OUTER JOIN (SELECT DISTINCT notes.book_id AS k1 FROM book_note notes WHERE"
            + " notes.text LIKE 'x%') flagged ON (flagged.k1 = book.id)\n"
            + "WHERE COALESCE(mine.v, 0) > 0 AND ((flagged.k1 IS NOT NULL) OR COALESCE(mine.v, 0) > 2)\n"
            + "ORDER BY COALESCE(mine.v, 0) DESC, book.id",
        "userId");
  }

  @Test
  void aCorrelatedAggregateIsAScalarSubqueryInTheSelectList() {
    AggregateModel correlated =
        new AggregateModel(
            AggregateKind.COUNT_ROWS,
            "sameName",
            ROOT,
            BOOK_NOTES,
            NOTES,
            null,
            expr("notes.text = book.name"),
            true,
            Origin.NONE);
    QueryModel query = query(List.of(correlated), null, List.of());
    Fixture.assertPlan(
        query,
        "SELECT book.id, book.name, (SELECT COUNT(*) FROM book_note notes WHERE notes.book_id ="
            + " book.id AND notes.text = book.name)\n"
            + "FROM book book");
  }

  private static int occurrences(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

}
