package dev.tenon.processor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExprParserErrorTest {

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("", "empty expression", 0),
        Arguments.of("   ", "empty expression", 3),
        Arguments.of("a.x = 1 AND", "expected an expression after 'AND' but found end of text", 11),
        Arguments.of("a.x = 1 and or", "expected an expression after 'and' but found 'or'", 12),
        Arguments.of("a.x = 1;", "unexpected character ';'", 7),
        Arguments.of("a.name = 'abc", "unterminated string literal starting at 9"
            + " (close it with ', and write '' for a quote inside)", 9),
        Arguments.of("'a''", "unterminated string literal starting at 0"
            + " (close it with ', and write '' for a quote inside)", 0),
        Arguments.of("a.x = : p", "':' must be followed by a parameter name, as in :name", 6),
        Arguments.of("a.x = :1", "':' must be followed by a parameter name, as in :name", 6),
        Arguments.of("a.x = 1 -- c", "'--' starts an SQL comment, which is not allowed"
            + " (write '- -' to negate twice)", 8),
        Arguments.of("a.x = 'ok' /* c */", "'/*' starts an SQL comment, which is not allowed", 11),
        Arguments.of("a.x = \"b\"", "unexpected character '\"'; write text in single quotes,"
            + " and names without quotes", 6),
        Arguments.of("a.x = ?", "unexpected character '?'; write parameters as :name", 6),
        Arguments.of("a.x = 1 # x", "unexpected character '#'", 8),
        Arguments.of("a.x = \u00e9", "unexpected character '\u00e9'", 6),
        Arguments.of("a.x = \u0000", "unexpected character U+0000", 6),
        Arguments.of("a.x = 1 !", "unexpected character '!'", 8),
        Arguments.of("a.x = b = c", "comparisons cannot be chained: found '=' after a"
            + " comparison; combine comparisons with AND or OR", 8),
        Arguments.of("a IS NULL IS NULL", "comparisons cannot be chained: found 'IS' after a"
            + " comparison; combine comparisons with AND or OR", 10),
        Arguments.of("(a.x = 1", "expected ')' to close the '(' at 0 but found end of text", 8),
        Arguments.of("a.x = 1)", "unexpected ')' with no matching '('", 7),
        Arguments.of("()", "expected an expression after '(' but found ')'", 1),
        Arguments.of("a.x IS 5", "expected NULL, NOT NULL or [NOT] DISTINCT FROM after 'IS' but found '5'", 7),
        Arguments.of("a.x IS NOT TRUE", "expected NULL or DISTINCT FROM after 'NOT' but found 'TRUE'", 11),
        Arguments.of("a.x NOT 5", "expected IN, LIKE or BETWEEN after 'NOT' but found '5'", 8),
        Arguments.of("a.x IN 1", "expected '(' after 'IN' but found '1'", 7),
        Arguments.of("a.x IN ()", "expected at least one value in IN (...) but found ')'", 8),
        Arguments.of("a.x IN (1 2)", "expected ',' or ')' in the IN list but found '2'", 10),
        Arguments.of("a.x IN (1,)", "expected an expression after ',' but found ')'", 10),
        Arguments.of("a.x BETWEEN 1 OR 2",
            "expected AND after the lower bound of BETWEEN but found 'OR'", 14),
        Arguments.of("lower(a.x", "expected ',' or ')' in the arguments of lower(...)"
            + " but found end of text", 9),
        Arguments.of("f(1,)", "expected an expression after ',' but found ')'", 4),
        Arguments.of("a. = 1", "expected a property name after 'a.' but found '='", 3),
        Arguments.of("a.NULL = 1", "expected a property name after 'a.' but found 'NULL'", 2),
        Arguments.of("a.b.c = 1", "expected an operator after 'a.b' but found '.';"
            + " a reference is alias.property, with one dot", 3),
        Arguments.of("a.x = AND", "expected an expression after '=' but found 'AND'", 6),
        Arguments.of("a.x = NOT b", "expected an expression after '=' but found 'NOT'", 6),
        Arguments.of("a.x b", "expected an operator or end of text but found 'b'", 4),
        Arguments.of("a.x = 'p' 'q'", "expected an operator or end of text but found string 'q'", 10),
        Arguments.of("a.x DESC", "expected an operator or end of text but found 'DESC'", 4),
        Arguments.of("1. + a", "expected digits after '.' in number '1.'", 1),
        Arguments.of("12ab", "expected an operator after number '12' but found 'a'", 2),
        Arguments.of("1.2.3", "expected an operator after number '1.2' but found '.'", 3),
        Arguments.of(".5", "expected an expression but found '.'", 0),
        Arguments.of("+1", "expected an expression but found '+'", 0),
        Arguments.of("desc = 1", "expected an expression but found 'desc'", 0),
        Arguments.of("a == b", "expected an expression after '=' but found '='", 3),
        // The first problem in the text wins, whether the lexer or the parser finds it.
        Arguments.of("a b ;", "expected an operator or end of text but found 'b'", 2),
        Arguments.of("a = ; b", "unexpected character ';'", 4));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("errors")
  void syntaxErrorSaysWhatAndWhere(String source, String message, int offset) {
    Parsed<Node> parsed = ExprParser.parse(source);
    Parsed.Error<?> error = assertInstanceOf(Parsed.Error.class, parsed, parsed::toString);
    assertEquals(message, error.message());
    assertEquals(offset, error.offset());
  }
}
