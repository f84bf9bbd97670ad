package dev.tenon.processor.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one SQL statement, with a cursor: words, quoted names, strings, numbers and
 * single symbols. Shared by the DDL reader and the generated-statement check, which both only
 * need names and brackets, never a full grammar. Comments are already gone ({@link SqlScript}).
 */
final class Tokens {
  enum Kind {
    WORD,
    QUOTED,
    STRING,
    NUMBER,
    SYMBOL,
    END
  }

  /** {@code text} is the name without quotes for QUOTED, the symbol for SYMBOL. */
  record Token(Kind kind, String text) {
    boolean is(String word) {
      return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(String symbol) {
      return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isName() {
      return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    String upper() {
      return text.toUpperCase(Locale.ROOT);
    }
  }

  private static final Token END = new Token(Kind.END, "");
  private final List<Token> tokens;
  private int at;

  private Tokens(List<Token> tokens) {
    this.tokens = tokens;
  }

  static Tokens of(String sql) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
        char close = c == '[' ? ']' : c;
        StringBuilder text = new StringBuilder();
        int j = i + 1;
        while (j < sql.length()) {
          char d = sql.charAt(j);
          if (d == close && j + 1 < sql.length() && sql.charAt(j + 1) == close && close != ']') {
            text.append(d);
            j += 2;
          } else if (d == close) {
            break;
          } else {
            text.append(d);
            j++;
          }
        }
        if (c == '[' && (text.isEmpty() || !isPlainName(text))) {
          tokens.add(new Token(Kind.SYMBOL, "[")); // an array bracket, not SQLite's [name]
          i++;
          continue;
        }
        tokens.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED, text.toString()));
        i = j + 1;
      } else if (c == '$' && sql.indexOf('$', i + 1) > i) {
        int close = sql.indexOf('$', i + 1);
        String tag = sql.substring(i, close + 1);
        int end = sql.indexOf(tag, close + 1);
        int stop = end < 0 ? sql.length() : end + tag.length();
        tokens.add(new Token(Kind.STRING, sql.substring(i, stop)));
        i = stop;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < sql.length()
            && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
          j++;
        }
        tokens.add(new Token(Kind.WORD, sql.substring(i, j)));
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '.')) {
          j++;
        }
        tokens.add(new Token(Kind.NUMBER, sql.substring(i, j)));
        i = j;
      } else {
        tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
        i++;
      }
    }
    return new Tokens(tokens);
  }

  private static boolean isPlainName(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_' && c != ' ') {
        return false;
      }
    }
    return true;
  }

  Token peek() {
    return peek(0);
  }

  Token peek(int ahead) {
    return at + ahead < tokens.size() ? tokens.get(at + ahead) : END;
  }

  Token next() {
    Token token = peek();
    if (at < tokens.size()) {
      at++;
    }
    return token;
  }

  boolean atEnd() {
    return at >= tokens.size();
  }

  /** Consumes the words if they come next (case-insensitive); otherwise moves nothing. */
  boolean accept(String... words) {
    for (int i = 0; i < words.length; i++) {
      if (!peek(i).is(words[i])) {
        return false;
      }
    }
    at += words.length;
    return true;
  }

  boolean acceptSymbol(String symbol) {
    if (peek().isSymbol(symbol)) {
      at++;
      return true;
    }
    return false;
  }

  /**
   * The tokens up to the bracket that closes the one just consumed, and moves past it; the
   * tokens of the rest of the statement when it is never closed.
   */
  List<Token> untilClose() {
    List<Token> inside = new ArrayList<>();
    int depth = 1;
    while (!atEnd()) {
      Token token = next();
      if (token.isSymbol("(")) {
        depth++;
      } else if (token.isSymbol(")") && --depth == 0) {
        return inside;
      }
      inside.add(token);
    }
    return inside;
  }

  /** Every token from the cursor to the end. */
  List<Token> rest() {
    List<Token> rest = new ArrayList<>(tokens.subList(at, tokens.size()));
    at = tokens.size();
    return rest;
  }

  static Tokens over(List<Token> tokens) {
    return new Tokens(tokens);
  }

  /** Splits {@code tokens} at the commas outside brackets. */
  static List<List<Token>> splitTopLevel(List<Token> tokens) {
    List<List<Token>> parts = new ArrayList<>();
    List<Token> part = new ArrayList<>();
    int depth = 0;
    for (Token token : tokens) {
      if (token.isSymbol("(")) {
        depth++;
      } else if (token.isSymbol(")")) {
        depth--;
      } else if (token.isSymbol(",") && depth == 0) {
        parts.add(part);
        part = new ArrayList<>();
        continue;
      }
      part.add(token);
    }
    if (!part.isEmpty()) {
      parts.add(part);
    }
    return parts;
  }

  /** The tokens as SQL text again, for messages and type names: {@code varchar(200)}. */
  static String text(List<Token> tokens) {
    StringBuilder text = new StringBuilder();
    Token previous = null;
    for (Token token : tokens) {
      boolean tight =
          previous != null
              && (token.isSymbol("(") && previous.isName()
                  || token.isSymbol(")") || token.isSymbol(",") || token.isSymbol("[")
                  || token.isSymbol("]") || previous.isSymbol("(") || previous.isSymbol("[")
                  || token.isSymbol(".") || previous.isSymbol("."));
      if (previous != null && !tight) {
        text.append(' ');
      }
      text.append(
          switch (token.kind()) {
            case QUOTED -> '"' + token.text() + '"';
            case STRING -> token.text().startsWith("$") ? token.text() : "'" + token.text() + "'";
            default -> token.text();
          });
      previous = token;
    }
    return text.toString();
  }
}
