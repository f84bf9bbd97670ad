package dev.tenon.processor.expr;

import dev.tenon.processor.expr.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a condition into tokens. Accepts only what the language has: no comments, no
 * {@code ;}, no double quotes, no {@code ?}. Stops at the first bad character with an
 * {@link Kind#ERROR} token, so the parser reports whichever problem comes first in the text.
 */
final class Lexer {

  private final String src;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;

  private Lexer(String src) {
    this.src = src;
  }

  /** All tokens of {@code src}, ending with exactly one EOF or ERROR token. */
  static List<Token> tokenize(String src) {
    Lexer lexer = new Lexer(src);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    while (true) {
      while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
        pos++;
      }
      if (pos >= src.length()) {
        tokens.add(new Token(Kind.EOF, "", null, src.length(), src.length()));
        return;
      }
      if (!next()) {
        return;
      }
    }
  }

  /** Reads one token at {@code pos}; false after adding an ERROR token. */
  private boolean next() {
    int start = pos;
    char c = src.charAt(pos);
    if (isWordStart(c)) {
      pos++;
      while (pos < src.length() && isWordPart(src.charAt(pos))) {
        pos++;
      }
      return add(Kind.WORD, start, null);
    }
    if (c >= '0' && c <= '9') {
      return number(start);
    }
    switch (c) {
      case '\'':
        return string(start);
      case ':':
        if (pos + 1 < src.length() && isWordStart(src.charAt(pos + 1))) {
          pos += 2;
          while (pos < src.length() && isWordPart(src.charAt(pos))) {
            pos++;
          }
          return add(Kind.PARAM, start, src.substring(start + 1, pos));
        }
        return error(start, "':' must be followed by a parameter name, as in :name");
      case '-':
        if (peekIs(1, '-')) {
          return error(start, "'--' starts an SQL comment, which is not allowed"
              + " (write '- -' to negate twice)");
        }
        return single(Kind.MINUS);
      case '/':
        if (peekIs(1, '*')) {
          return error(start, "'/*' starts an SQL comment, which is not allowed");
        }
        return single(Kind.SLASH);
      case '<':
        if (peekIs(1, '=')) {
          return pair(Kind.LE);
        }
        return peekIs(1, '>') ? pair(Kind.NE) : single(Kind.LT);
      case '>':
        return peekIs(1, '=') ? pair(Kind.GE) : single(Kind.GT);
      case '!':
        return peekIs(1, '=') ? pair(Kind.NE) : unexpected(start);
      case '=':
        return single(Kind.EQ);
      case '|':
        return peekIs(1, '|') ? pair(Kind.CONCAT) : error(start, "'|' alone is not an operator;"
            + " write '||' to join texts");
      case '+':
        return single(Kind.PLUS);
      case '*':
        return single(Kind.STAR);
      case '(':
        return single(Kind.LPAREN);
      case ')':
        return single(Kind.RPAREN);
      case ',':
        return single(Kind.COMMA);
      case '.':
        return single(Kind.DOT);
      default:
        return unexpected(start);
    }
  }

  private boolean number(int start) {
    skipDigits();
    Kind kind = Kind.INTEGER;
    if (pos < src.length() && src.charAt(pos) == '.') {
      if (pos + 1 < src.length() && isDigit(src.charAt(pos + 1))) {
        pos++;
        skipDigits();
        kind = Kind.DECIMAL;
      } else {
        return error(pos, "expected digits after '.' in number '"
            + src.substring(start, pos + 1) + "'");
      }
    }
    if (pos < src.length() && (isWordPart(src.charAt(pos)) || src.charAt(pos) == '.')) {
      return error(pos, "expected an operator after number '" + src.substring(start, pos)
          + "' but found '" + src.charAt(pos) + "'");
    }
    return add(kind, start, null);
  }

  private boolean string(int start) {
    StringBuilder value = new StringBuilder();
    pos++;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\'') {
        if (peekIs(1, '\'')) {
          value.append('\'');
          pos += 2;
          continue;
        }
        pos++;
        return add(Kind.STRING, start, value.toString());
      }
      value.append(c);
      pos++;
    }
    return error(start, "unterminated string literal starting at " + start
        + " (close it with ', and write '' for a quote inside)");
  }

  private boolean unexpected(int at) {
    int cp = src.codePointAt(at);
    String shown = Character.isISOControl(cp) || Character.isWhitespace(cp)
        || !Character.isDefined(cp) || Character.getType(cp) == Character.FORMAT
        ? String.format("U+%04X", cp)
        : "'" + new String(Character.toChars(cp)) + "'";
    String hint = switch (cp) {
      case '"', '`' -> "; write text in single quotes, and names without quotes";
      case '?' -> "; write parameters as :name";
      default -> "";
    };
    return error(at, "unexpected character " + shown + hint);
  }

  private boolean peekIs(int ahead, char c) {
    return pos + ahead < src.length() && src.charAt(pos + ahead) == c;
  }

  private boolean single(Kind kind) {
    pos += 1;
    return add(kind, pos - 1, null);
  }

  private boolean pair(Kind kind) {
    pos += 2;
    return add(kind, pos - 2, null);
  }

  private boolean add(Kind kind, int start, String value) {
    tokens.add(new Token(kind, src.substring(start, pos), value, start, pos));
    return true;
  }

  private boolean error(int at, String message) {
    tokens.add(new Token(Kind.ERROR, "", message, at, at));
    return false;
  }

  private void skipDigits() {
    while (pos < src.length() && isDigit(src.charAt(pos))) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isWordStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }

  static boolean isWordPart(char c) {
    return isWordStart(c) || isDigit(c);
  }
}
