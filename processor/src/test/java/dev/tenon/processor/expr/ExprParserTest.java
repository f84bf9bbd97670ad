package dev.tenon.processor.expr;

import static dev.tenon.processor.expr.Show.ok;
import static dev.tenon.processor.expr.Show.parsed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprParserTest {

  @Test
  void referencesParamsAndLiterals() {
    assertEquals(new Node.Ref("book", "name", 0, 9), ok("book.name"));
    assertEquals(new Node.Ref(null, "bookId", 0, 6), ok("bookId"));
    assertEquals(new Node.Ref("a", "b", 1, 6), ok(" a . b  "));
    assertEquals(new Node.Param("userId", 0, 7), ok(":userId"));
    assertEquals(new Node.Literal(LiteralKind.INTEGER, "42", 0, 2), ok("42"));
    assertEquals(new Node.Literal(LiteralKind.DECIMAL, "3.14", 0, 4), ok("3.14"));
    assertEquals(new Node.Literal(LiteralKind.INTEGER, "007", 0, 3), ok("007"));
    assertEquals(new Node.Literal(LiteralKind.STRING, "text", 0, 6), ok("'text'"));
    assertEquals(new Node.Literal(LiteralKind.STRING, "", 0, 2), ok("''"));
    assertEquals(new Node.Literal(LiteralKind.TRUE, "TRUE", 0, 4), ok("true"));
    assertEquals(new Node.Literal(LiteralKind.FALSE, "FALSE", 0, 5), ok("False"));
    assertEquals(new Node.Literal(LiteralKind.NULL, "NULL", 0, 4), ok("NULL"));
  }

  @Test
  void stringEscapesKeepOneLiteral() {
    assertEquals(new Node.Literal(LiteralKind.STRING, "O'Brien", 0, 10), ok("'O''Brien'"));
    String attack = "'O''Brien''; DROP TABLE book; --'";
    assertEquals(
        new Node.Literal(LiteralKind.STRING, "O'Brien'; DROP TABLE book; --", 0, attack.length()),
        ok(attack));
    assertEquals(new Node.Literal(LiteralKind.STRING, "'", 0, 4), ok("''''"));
    assertEquals(new Node.Literal(LiteralKind.STRING, "a\"b -- /* ; ?", 0, 15),
        ok("'a\"b -- /* ; ?'"));
    Node.Binary eq = assertInstanceOf(Node.Binary.class, ok("u.name = 'it''s'"));
    assertEquals(new Node.Literal(LiteralKind.STRING, "it's", 9, 16), eq.right());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "a.x = 1 OR a.y = 2 AND NOT a.z IS NULL | ((a.x = 1) OR ((a.y = 2) AND (NOT (a.z IS NULL))))",
      "a OR b OR c | ((a OR b) OR c)",
      "a AND b OR c AND d | ((a AND b) OR (c AND d))",
      "NOT a = b | (NOT (a = b))",
      "NOT NOT a | (NOT (NOT a))",
      "NOT a AND b | ((NOT a) AND b)",
      "a + b * c - d / e | ((a + (b * c)) - (d / e))",
      "a - b - c | ((a - b) - c)",
      "(a - b) * c | ((a - b) * c)",
      "-a * -b | ((- a) * (- b))",
      "- -5 | (- (- 5))",
      "a + 1 < b * 2 | ((a + 1) < (b * 2))",
      "x = 1 AND (y = 2 OR z = 3) | ((x = 1) AND ((y = 2) OR (z = 3)))",
      "a <> b | (a <> b)",
      "a != b | (a <> b)",
      "a <= b | (a <= b)",
      "a >= b | (a >= b)",
      "a < b | (a < b)",
      "a > b | (a > b)",
      "x IS NOT NULL | (x IS NOT NULL)",
      "x NOT IN (1, 2, :p) | (x NOT IN (1, 2, :p))",
      "x IN ((1), 2 + 3) | (x IN (1, (2 + 3)))",
      "x LIKE 'a%' | (x LIKE 'a%')",
      "x NOT LIKE :p | (x NOT LIKE :p)",
      "x BETWEEN 1 AND 2 AND y | ((x BETWEEN 1 AND 2) AND y)",
      "x NOT BETWEEN a + 1 AND b * 2 | (x NOT BETWEEN (a + 1) AND (b * 2))",
      "lower(a.name) LIKE lower(:q) | (lower(a.name) LIKE lower(:q))",
      "coalesce(a.x, b.y, 0) > 1 | (coalesce(a.x, b.y, 0) > 1)",
      "now() | now()",
      "Upper(NOT a) | Upper((NOT a))",
      "(((a))) | a",
  })
  void precedenceAndShape(String source, String shape) {
    assertEquals(shape, parsed(source));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '¦', quoteCharacter = '"', value = {
      "a || b || c ¦ ((a || b) || c)",
      "a || b = c || d ¦ ((a || b) = (c || d))",
      "x LIKE '%' || :q || '%' ¦ (x LIKE (('%' || :q) || '%'))",
      "a || b + c ¦ (a || (b + c))",
      "a IS DISTINCT FROM b ¦ (a IS DISTINCT FROM b)",
      "a is not distinct from b || c AND d ¦ ((a IS NOT DISTINCT FROM (b || c)) AND d)",
      "CASE WHEN a = 1 THEN 'x' WHEN a = 2 THEN 'y' ELSE NULL END ¦ (CASE WHEN (a = 1) THEN 'x' WHEN (a = 2) THEN 'y' ELSE NULL END)",
      "case when a then b end = c ¦ ((CASE WHEN a THEN b END) = c)",
      "extract(year from e.day) >= 2000 ¦ (extract(YEAR FROM e.day) >= 2000)",
      "e.day <= current_date AND e.at < CURRENT_TIMESTAMP ¦ ((e.day <= current_date) AND (e.at < CURRENT_TIMESTAMP))",
      "substring(a.name, 2, 3) ¦ substring(a.name, 2, 3)",
      "case.end = then.else ¦ (case.end = then.else)",
      "count(*) > 1 ¦ (count(*) > 1)",
      "COUNT(distinct s.id) + sum(s.x * 2) ¦ (count(DISTINCT s.id) + sum((s.x * 2)))",
      "max(lower(a.name)) || min(a.name) ¦ (max(lower(a.name)) || min(a.name))",
  })
  void concatCaseDistinctAndDates(String source, String shape) {
    assertEquals(shape, parsed(source));
  }

  @Test
  void keywordsAreCaseInsensitive() {
    assertEquals("((NOT (a IS NOT NULL)) OR ((b NOT IN (1)) AND (c NOT BETWEEN 1 AND 2)))",
        parsed("not a is not null or b not in (1) and c not between 1 and 2"));
    assertEquals("((x LIKE 'a') AND (y IS NULL))", parsed("x LiKe 'a' AnD y iS nUlL"));
    assertEquals(new Node.Literal(LiteralKind.NULL, "NULL", 4, 8),
        ((Node.Binary) ok("a = nUlL")).right());
  }

  @Test
  void identifiersAreCaseSensitiveAndKeptAsWritten() {
    Node.Binary eq = assertInstanceOf(Node.Binary.class, ok("Book.Name = book.name"));
    assertEquals(new Node.Ref("Book", "Name", 0, 9), eq.left());
    assertEquals(new Node.Ref("book", "name", 12, 21), eq.right());
    assertEquals("LOWER", assertInstanceOf(Node.Call.class, ok("LOWER(x)")).function());
  }

  @Test
  void orderKeywordsAreNamesOnlyBeforeDotOrParenOrAfterDot() {
    assertEquals(new Node.Ref("first", "last", 0, 10), ok("first.last"));
    assertEquals(new Node.Ref("person", "desc", 0, 11), ok("person.desc"));
    assertEquals("((p.first = :first) AND (p.last = :last))",
        parsed("p.first = :first AND p.last = :last"));
    assertEquals("nulls(1)", parsed("nulls(1)"));
    assertInstanceOf(Parsed.Error.class, ExprParser.parse("first = 1"));
    assertInstanceOf(Parsed.Error.class, ExprParser.parse("a = asc"));
    assertInstanceOf(Parsed.Error.class, ExprParser.parse("a.in = 1"));
    assertInstanceOf(Parsed.Error.class, ExprParser.parse("in.a = 1"));
  }

  @Test
  void paramsTakeAnyWordButNoSpace() {
    assertEquals(new Node.Param("in", 0, 3), ok(":in"));
    assertEquals(new Node.Param("_x1", 0, 4), ok(":_x1"));
    assertInstanceOf(Parsed.Error.class, ExprParser.parse(": x"));
  }

  @Test
  void offsetsOfEveryNodeKind() {
    String src = "NOT (a.x + 1) * -:p IN (1, f(b))";
    Node.Unary not = assertInstanceOf(Node.Unary.class, ok(src));
    assertEquals(UnaryOp.NOT, not.op());
    assertEquals(0, not.start());
    assertEquals(src.length(), not.end());
    Node.In in = assertInstanceOf(Node.In.class, not.operand());
    assertEquals(4, in.start());
    assertEquals(32, in.end());
    Node.Binary mul = assertInstanceOf(Node.Binary.class, in.operand());
    assertEquals(BinaryOp.MUL, mul.op());
    assertEquals("(a.x + 1) * -:p", src.substring(mul.start(), mul.end()));
    Node.Binary add = assertInstanceOf(Node.Binary.class, mul.left());
    assertEquals("(a.x + 1)", src.substring(add.start(), add.end()));
    assertEquals(new Node.Ref("a", "x", 5, 8), add.left());
    Node.Unary neg = assertInstanceOf(Node.Unary.class, mul.right());
    assertEquals(new Node.Unary(UnaryOp.NEGATE, new Node.Param("p", 17, 19), 16, 19), neg);
    Node.Call call = assertInstanceOf(Node.Call.class, in.items().get(1));
    assertEquals(new Node.Call("f", List.of(new Node.Ref(null, "b", 29, 30)), 27, 31), call);

    String s2 = "x IS NOT NULL";
    assertEquals(new Node.IsNull(new Node.Ref(null, "x", 0, 1), true, 0, 13), ok(s2));
    Node.Between between = assertInstanceOf(Node.Between.class, ok("x BETWEEN 1 AND 20"));
    assertEquals(0, between.start());
    assertEquals(18, between.end());
    assertEquals(new Node.Literal(LiteralKind.INTEGER, "20", 16, 18), between.high());
    Node.Like like = assertInstanceOf(Node.Like.class, ok("  x NOT LIKE 'a%'  "));
    assertEquals(2, like.start());
    assertEquals(17, like.end());
    assertEquals(true, like.negated());
  }

  @Test
  void everySpanIsAWholeExpressionThatReparsesAlone() {
    String src = "(a.x = :p OR lower(b.y) NOT LIKE 'q''%') AND c.z BETWEEN -1 AND (2 * :n)";
    for (Node node : Nodes.all(ok(src))) {
      String piece = src.substring(node.start(), node.end());
      assertEquals(Show.of(node), parsed(piece), piece);
    }
  }

  @Test
  void callsKeepArgumentsInOrder() {
    Node.Call call = assertInstanceOf(Node.Call.class, ok("coalesce( a.x , :d, 'none' )"));
    assertEquals("coalesce", call.function());
    assertEquals(3, call.args().size());
    assertEquals(new Node.Param("d", 16, 18), call.args().get(1));
    assertEquals(28, call.end());
    assertEquals(List.of(), assertInstanceOf(Node.Call.class, ok("f()")).args());
  }

  @Test
  void bigFlatInListIsFine() {
    String src = "x IN (" + "1, ".repeat(5000) + "2)";
    assertEquals(5001, assertInstanceOf(Node.In.class, ok(src)).items().size());
  }

  @Test
  void nestingWithinTheLimitParses() {
    assertEquals(new Node.Ref(null, "a", 0, 301), ok("(".repeat(150) + "a" + ")".repeat(150)));
    assertInstanceOf(Node.Unary.class, ok("NOT ".repeat(150) + "a"));
    assertInstanceOf(Node.Unary.class, ok("- ".repeat(150) + "a"));
    assertInstanceOf(Node.Binary.class, ok("a" + " + a".repeat(150)));
  }

  @Test
  void tooDeepInputIsAnErrorNotACrash() {
    for (String src : List.of(
        "(".repeat(100_000) + "a" + ")".repeat(100_000),
        "(".repeat(100_000),
        "NOT ".repeat(100_000) + "a",
        "- ".repeat(100_000) + "a",
        "f(".repeat(50_000) + "a" + ")".repeat(50_000),
        "x IN (".repeat(50_000) + "1" + ")".repeat(50_000),
        "a" + " + a".repeat(100_000),
        "a = 1" + " OR a = 1".repeat(100_000))) {
      Parsed.Error<Node> error = Show.error(src);
      assertEquals("expression nested too deeply (more than 200 levels)", error.message());
    }
    assertEquals(200, Show.error("(".repeat(300) + "a" + ")".repeat(300)).offset());
  }

  @Test
  void operatorsKnowTheirSqlAndPrecedence() {
    assertEquals("<>", BinaryOp.NE.sql());
    assertEquals("AND", BinaryOp.AND.sql());
    assertEquals(1, BinaryOp.OR.precedence());
    assertEquals(2, BinaryOp.AND.precedence());
    assertEquals(3, UnaryOp.NOT.precedence());
    assertEquals(4, BinaryOp.GE.precedence());
    assertEquals(5, BinaryOp.CONCAT.precedence());
    assertEquals(6, BinaryOp.SUB.precedence());
    assertEquals(7, BinaryOp.DIV.precedence());
    assertEquals(4, BinaryOp.IS_NOT_DISTINCT_FROM.precedence());
    assertEquals(true, BinaryOp.LT.isComparison());
    assertEquals(false, BinaryOp.ADD.isComparison());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "CASE a THEN b END | expected WHEN after 'CASE' but found 'a'",
      "CASE WHEN a b END | expected THEN after the condition of WHEN but found 'b'",
      "CASE WHEN a THEN b | expected WHEN, ELSE or END in CASE but found end of text",
      "CASE WHEN a THEN b ELSE c WHEN d | expected END to close CASE but found 'WHEN'",
      "CASE END | expected WHEN after 'CASE' but found 'END'",
      "extract(WEEK FROM a) | expected YEAR, MONTH, DAY, HOUR, MINUTE or SECOND in extract(...) but found 'WEEK'",
      "extract(YEAR a) | expected FROM after 'YEAR' but found 'a'",
      "extract(YEAR FROM a, b) | expected ')' to close extract(...) but found ','",
      "a IS DISTINCT b | expected FROM after 'DISTINCT' but found 'b'",
      "a IS NOT 1 | expected NULL or DISTINCT FROM after 'NOT' but found '1'",
      "sum(*) | '*' stands only in count(*); write sum(x)",
      "count(a, b) | expected ')' to close count(...), which takes one argument but found ','",
      "a IS DISTINCT FROM b = c | comparisons cannot be chained: found '=' after a comparison; combine comparisons with AND or OR",
  })
  void newSyntaxErrorsSayWhatWasExpected(String source, String message) {
    assertEquals(message, Show.error(source).message());
  }

  @Test
  void aLonePipeIsNotAnOperator() {
    assertEquals("'|' alone is not an operator; write '||' to join texts",
        Show.error("a | b").message());
    assertEquals(2, Show.error("a | b").offset());
  }

  @Test
  void nullSourceIsTheOnlyThrow() {
    assertThrows(NullPointerException.class, () -> ExprParser.parse(null));
    assertThrows(NullPointerException.class, () -> ExprParser.parseOrderItem(null));
    assertNull(new Node.Ref(null, "x", 0, 1).qualifier());
  }
}
