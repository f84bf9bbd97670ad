package dev.tenon.processor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated input, fixed seed: the parser must never throw, errors must point
 * inside the text, and every tree it accepts must be well formed and print back to text
 * that parses to the same tree.
 */
class ExprParserFuzzTest {

  private static final String[] ALPHABET = {
      "a", "book", "x_1", "_", "Name", "lower", "coalesce", "first", "last", "desc", "nulls",
      "AND", "or", "Not", "IS", "null", "IN", "like", "BETWEEN", "true", "FALSE", "ASC",
      "DESC", "NULLS", "FIRST", "LAST",
      "=", "<>", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "(", ")", ",", ".", ":",
      ":p", ":in", "1", "42", "3.14", "1.", ".5", "'x'", "'O''Brien'", "''", "'", "'unterminated",
      ";", "--", "/*", "*/", "\"", "`", "?", "!", "@", "#", "%", "|", "\\", "{", "[", "$",
      "\u00e9", "\u0000", "\u00a0", "\ud83d\ude00", "\ud800", "\t", "\n", " ", "  ",
  };

  private static final String JUNK = " ()',.:;-=<>!\"?aZ_09\u00e9\u0000";

  private static final List<String> VALID = List.of(
      "a.x = 1 OR a.y = 2 AND NOT a.z IS NULL",
      "usernote.userId = :userId",
      "'O''Brien''; DROP TABLE book; --'",
      "lower(book.name) LIKE lower(:pattern) AND book.id NOT IN (:ids)",
      "x BETWEEN -1.5 AND (2 * :n) OR coalesce(a.b, 0) <> 3",
      "NOT (a.x >= 1 AND a.y <= 2) OR a.z != 'q'",
      "(a + b) * c / -d - e",
      "book.name DESC NULLS LAST",
      "f() IS NOT NULL");

  @Test
  void neverThrowsAndAlwaysPointsInsideTheText() {
    Random random = new Random(20240611L);
    int oks = 0;
    for (int i = 0; i < 20_000; i++) {
      String source = i % 2 == 0 ? randomTokens(random) : mutate(random);
      if (check(source)) {
        oks++;
      }
    }
    // The corpus must exercise both outcomes, or the test proves little.
    assertTrue(oks > 500, "only " + oks + " inputs parsed");
    assertTrue(oks < 19_500, "only " + (20_000 - oks) + " inputs failed");
  }

  private static String randomTokens(Random random) {
    int count = 1 + random.nextInt(12);
    StringBuilder text = new StringBuilder();
    for (int j = 0; j < count; j++) {
      text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      if (random.nextInt(3) > 0) {
        text.append(' ');
      }
    }
    return text.toString();
  }

  private static String mutate(Random random) {
    StringBuilder text = new StringBuilder(VALID.get(random.nextInt(VALID.size())));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && text.length() > 0; e++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(3)) {
        case 0 -> text.deleteCharAt(at);
        case 1 -> text.insert(at, JUNK.charAt(random.nextInt(JUNK.length())));
        default -> text.insert(at, text.charAt(at));
      }
    }
    return text.toString();
  }

  /** Checks one input; true if it parsed as an expression. */
  private static boolean check(String source) {
    Parsed<Node> parsed;
    Parsed<OrderItem> item;
    try {
      parsed = ExprParser.parse(source);
      item = ExprParser.parseOrderItem(source);
    } catch (Throwable t) {
      throw new AssertionError("parser threw on <" + source + ">", t);
    }
    checkOffset(source, item);
    if (parsed instanceof Parsed.Ok<Node> ok) {
      checkTree(source, ok.value());
      assertTrue(item instanceof Parsed.Ok, () -> "order item rejected <" + source + ">");
      return true;
    }
    checkOffset(source, parsed);
    return false;
  }

  private static void checkOffset(String source, Parsed<?> parsed) {
    assertNotNull(parsed, source);
    if (parsed instanceof Parsed.Error<?> error) {
      assertFalse(error.message().isBlank(), source);
      assertTrue(error.offset() >= 0 && error.offset() <= source.length(),
          () -> "offset " + error.offset() + " outside <" + source + ">: " + error.message());
    } else if (!(parsed instanceof Parsed.Ok<?>)) {
      fail("neither Ok nor Error: " + parsed);
    }
  }

  private static void checkTree(String source, Node root) {
    for (Node node : Nodes.all(root)) {
      assertTrue(0 <= node.start() && node.start() < node.end() && node.end() <= source.length(),
          () -> "bad span " + node + " in <" + source + ">");
      for (Node child : Nodes.children(node)) {
        assertTrue(node.start() <= child.start() && child.end() <= node.end(),
            () -> "child outside parent " + node + " in <" + source + ">");
      }
    }
    String printed = Show.of(root);
    Parsed<Node> again = ExprParser.parse(printed);
    assertTrue(again instanceof Parsed.Ok, () -> "<" + printed + "> from <" + source + ">");
    assertEquals(printed, Show.of(((Parsed.Ok<Node>) again).value()), source);
  }
}
