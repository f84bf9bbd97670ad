package dev.tenon.processor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderItemTest {

  private static OrderItem ok(String source) {
    Parsed<OrderItem> parsed = ExprParser.parseOrderItem(source);
    return (OrderItem) assertInstanceOf(Parsed.Ok.class, parsed, parsed::toString).value();
  }

  @Test
  void directionAndNulls() {
    assertEquals(new OrderItem(new Node.Ref("book", "name", 0, 9), true, NullsOrder.LAST),
        ok("book.name DESC NULLS LAST"));
    assertEquals(new OrderItem(new Node.Ref("book", "id", 0, 7), false, NullsOrder.NONE),
        ok("book.id"));
    assertEquals(new OrderItem(new Node.Ref("book", "id", 0, 7), false, NullsOrder.NONE),
        ok("book.id asc"));
    assertEquals(new OrderItem(new Node.Ref("b", "x", 0, 3), false, NullsOrder.FIRST),
        ok("b.x nulls first"));
    assertEquals(new OrderItem(new Node.Ref("b", "x", 0, 3), true, NullsOrder.NONE),
        ok("b.x Desc"));
  }

  @Test
  void expressionsAndKeywordNamedProperties() {
    OrderItem item = ok("lower(p.last) DESC");
    assertEquals("lower(p.last)", Show.of(item.expr()));
    assertEquals(true, item.descending());
    assertEquals("(p.first + (- 1))", Show.of(ok("p.first + -1 ASC NULLS LAST").expr()));
    assertEquals(new Node.Ref("desc", "asc", 0, 8), ok("desc.asc DESC").expr());
    assertEquals(NullsOrder.LAST, ok("(a = b) NULLS LAST").nulls());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "book.name NULLS | expected FIRST or LAST after 'NULLS' but found end of text | 15",
      "book.name NULLS ASC | expected FIRST or LAST after 'NULLS' but found 'ASC' | 16",
      "book.name DESC ASC | expected NULLS FIRST, NULLS LAST or end of text but found 'ASC' | 15",
      "book.name foo | expected an operator, ASC, DESC, NULLS FIRST, NULLS LAST or end of text"
          + " but found 'foo' | 10",
      "book.name NULLS FIRST DESC | expected end of text but found 'DESC' | 22",
      "DESC | expected an expression but found 'DESC' | 0",
      "book.name DESC) | unexpected ')' with no matching '(' | 14",
      "book.name, book.id | expected an operator, ASC, DESC, NULLS FIRST, NULLS LAST or end of text"
          + " but found ',' | 9",
      "book.name DESC; | unexpected character ';' | 14",
  })
  void errors(String source, String message, int offset) {
    Parsed<OrderItem> parsed = ExprParser.parseOrderItem(source);
    Parsed.Error<?> error = assertInstanceOf(Parsed.Error.class, parsed, parsed::toString);
    assertEquals(message, error.message());
    assertEquals(offset, error.offset());
  }

  @Test
  void blankIsEmpty() {
    assertEquals(new Parsed.Error<OrderItem>("empty expression", 1),
        ExprParser.parseOrderItem(" "));
  }
}
