package dev.tenon.processor.expr;

/**
 * One token of the condition language. {@code text} is the source slice; {@code value} is
 * a string literal's unescaped value, a parameter's name, or a lexing error's message.
 */
record Token(Kind kind, String text, String value, int start, int end) {

  enum Kind {
    /** An identifier or keyword; keywords are recognized by the parser, case-insensitively. */
    WORD,
    /** Digits with an optional {@code .digits} fraction. */
    INTEGER, DECIMAL,
    /** A single-quoted string; {@code value} is unescaped. */
    STRING,
    /** {@code :name}; {@code value} is the name. */
    PARAM,
    EQ, NE, LT, LE, GT, GE, CONCAT, PLUS, MINUS, STAR, SLASH, LPAREN, RPAREN, COMMA, DOT,
    /** End of the source. */
    EOF,
    /** A lexing error; {@code value} is its message. Always the last token. */
    ERROR
  }

  boolean is(Kind k) {
    return kind == k;
  }

  /** True if this is a WORD spelling {@code keyword}, ignoring case. */
  boolean isKeyword(String keyword) {
    return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
  }

  /** How an error message names this token: {@code end of text}, {@code 'AND'}, … */
  String describe() {
    if (kind == Kind.EOF) {
      return "end of text";
    }
    String shown = text.length() > 40 ? text.substring(0, 37) + "..." : text;
    return kind == Kind.STRING ? "string " + shown : "'" + shown + "'";
  }
}
