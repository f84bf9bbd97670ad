package dev.tenon.processor.schema;

import dev.tenon.processor.schema.Tokens.Token;
import java.util.ArrayList;
import java.util.List;

/** Reading names out of DDL tokens: {@code schema.table}, {@code "Quoted"}, column lists. */
final class SqlNames {
  /** A name's last part ({@code book} of {@code public.book}) and whether it was quoted. */
  record Name(String text, boolean quoted) {}

  private SqlNames() {}

  /** Reads a possibly qualified name at the cursor; null when there is none. */
  static Name read(Tokens in) {
    if (!in.peek().isName()) {
      return null;
    }
    Token last = in.next();
    while (in.peek().isSymbol(".") && in.peek(1).isName()) {
      in.next();
      last = in.next();
    }
    return new Name(last.text(), last.kind() == Tokens.Kind.QUOTED);
  }

  /** The name at the start of {@code tokens}, or null. */
  static Name last(List<Token> tokens) {
    return read(Tokens.over(tokens));
  }

  /**
   * The stored names of a key's columns ({@code a, b DESC, c(10)}), or null when a part is an
   * expression such as {@code lower(title)}: such an index is not a key on columns.
   */
  static List<String> columnList(SchemaCatalog catalog, List<Token> inside) {
    List<String> columns = new ArrayList<>();
    for (List<Token> part : Tokens.splitTopLevel(inside)) {
      if (part.isEmpty() || !part.get(0).isName()
          || part.size() > 1 && part.get(1).isSymbol("(") && part.get(0).kind() == Tokens.Kind.WORD
              && !isPrefixLength(part)) {
        return null;
      }
      columns.add(catalog.stored(part.get(0).text(), part.get(0).kind() == Tokens.Kind.QUOTED));
    }
    return columns;
  }

  /** MySQL's {@code name(10)}: an index on a prefix of the column, still that column. */
  private static boolean isPrefixLength(List<Token> part) {
    return part.size() >= 4 && part.get(2).kind() == Tokens.Kind.NUMBER && part.get(3).isSymbol(")");
  }
}
