package dev.tenon.processor.schema;

import dev.tenon.processor.schema.Tokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one column definition ({@code name type [NOT NULL] [DEFAULT …] [PRIMARY KEY] …}) in any of
 * the four dialects: the type is every token up to the first constraint word, and the constraint
 * words are spotted one by one, skipping the expressions of DEFAULT, CHECK, AS (…) and REFERENCES
 * … ON DELETE SET NULL, so a NULL inside one is not read as the column's nullability.
 */
final class ColumnDefinition {
  /** A column and the key it declares inline. */
  record Read(SchemaColumn column, boolean primaryKey, boolean unique) {}

  /** Words that end the type and start the constraints. */
  private static final Set<String> STOP =
      Set.of(
          "NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE", "REFERENCES", "CHECK", "CONSTRAINT",
          "GENERATED", "AS", "AUTO_INCREMENT", "AUTOINCREMENT", "IDENTITY", "COLLATE", "COMMENT",
          "ON", "KEY", "CHARSET", "VISIBLE", "INVISIBLE", "STORAGE", "COLUMN_FORMAT", "AFTER",
          "FIRST", "SRID", "ENCODE", "COMPRESSION", "SELECTIVITY", "SEQUENCE");

  private static final Set<String> SERIALS =
      Set.of("serial", "serial4", "bigserial", "serial8", "smallserial", "serial2");

  private ColumnDefinition() {}

  /** Reads the definition in {@code tokens}; null when it does not start with a name. */
  static Read read(SchemaCatalog catalog, List<Token> tokens, String origin) {
    Tokens in = Tokens.over(tokens);
    Token name = in.next();
    if (!name.isName()) {
      return null;
    }
    List<Token> typeTokens = new ArrayList<>();
    while (!in.atEnd() && !startsConstraint(in)) {
      Token token = in.next();
      typeTokens.add(token);
      if (token.isSymbol("(")) {
        typeTokens.addAll(in.untilClose());
        typeTokens.add(new Token(Tokens.Kind.SYMBOL, ")"));
      }
    }
    String type = Tokens.text(typeTokens).toLowerCase(Locale.ROOT);
    boolean notNull = false;
    boolean filled = false;
    boolean identity = false;
    boolean primaryKey = false;
    boolean unique = false;
    String base = typeTokens.isEmpty() ? null : catalog.baseType(storedType(catalog, typeTokens));
    if (base != null) {
      type = base;
    }
    if (type.equals("serial") && catalog.dialect() == dev.tenon.Dialect.MYSQL) {
      filled = identity = notNull = unique = true; // BIGINT UNSIGNED NOT NULL AUTO_INCREMENT UNIQUE
      type = "bigint unsigned";
    } else if (SERIALS.contains(type)) {
      filled = identity = notNull = true;
      type = type.startsWith("big") || type.equals("serial8") ? "bigint"
          : type.startsWith("small") || type.equals("serial2") ? "smallint" : "integer";
    }
    while (!in.atEnd()) {
      Token token = in.next();
      String word = token.kind() == Tokens.Kind.WORD ? token.upper() : "";
      switch (word) {
        case "NOT" -> notNull |= in.accept("NULL");
        case "NULL" -> notNull = false;
        case "PRIMARY" -> primaryKey |= in.accept("KEY");
        case "UNIQUE" -> {
          unique = true;
          in.accept("KEY");
        }
        case "DEFAULT" -> {
          filled = true;
          skipOperand(in);
        }
        case "GENERATED" -> {
          filled = true;
          if (in.accept("ALWAYS") || in.accept("BY", "DEFAULT")) {
            in.accept("ON", "NULL");
          }
          in.accept("AS");
          if (in.accept("IDENTITY")) {
            identity = true;
          }
          skipGroup(in);
        }
        case "AS" -> {
          filled = true; // MySQL, SQLite and H2 generated columns: AS (expr) [STORED|VIRTUAL]
          skipGroup(in);
        }
        case "AUTO_INCREMENT", "AUTOINCREMENT", "IDENTITY" -> {
          filled = identity = true;
          skipGroup(in);
        }
        case "REFERENCES" -> skipReferences(in);
        case "CHECK" -> skipGroup(in);
        case "COLLATE", "COMMENT", "CONSTRAINT", "CHARSET", "AFTER", "SRID", "COMPRESSION" -> in.next();
        case "ON" -> {
          in.accept("UPDATE"); // MySQL ON UPDATE CURRENT_TIMESTAMP
          skipOperand(in);
        }
        default -> {
          if (token.isSymbol("(")) {
            in.untilClose();
          }
        }
      }
    }
    if (primaryKey) {
      notNull = true;
    }
    String stored = catalog.stored(name.text(), name.kind() == Tokens.Kind.QUOTED);
    return new Read(
        new SchemaColumn(stored, type, notNull, filled, identity, Tokens.text(tokens), origin),
        primaryKey,
        unique);
  }

  private static String storedType(SchemaCatalog catalog, List<Token> typeTokens) {
    Token last = typeTokens.get(typeTokens.size() - 1);
    return catalog.stored(last.text(), last.kind() == Tokens.Kind.QUOTED);
  }

  private static boolean startsConstraint(Tokens in) {
    Token token = in.peek();
    if (token.kind() != Tokens.Kind.WORD) {
      return false;
    }
    String word = token.upper();
    if (word.equals("CHARACTER")) {
      return in.peek(1).is("SET"); // CHARACTER SET utf8, not CHARACTER VARYING
    }
    return STOP.contains(word);
  }

  /** Skips one value: {@code 0}, {@code -1}, {@code 'x'::text}, {@code now()}, {@code (expr)}. */
  static void skipOperand(Tokens in) {
    if (in.peek().isSymbol("-") || in.peek().isSymbol("+")) {
      in.next();
    }
    if (in.accept("NEXT", "VALUE", "FOR")) {
      in.next();
      return;
    }
    Token token = in.next();
    if (token.isSymbol("(")) {
      in.untilClose();
    } else if (in.peek().isSymbol("(")) {
      in.next();
      in.untilClose();
    }
    while (in.peek().isSymbol(":") && in.peek(1).isSymbol(":")) {
      in.next();
      in.next();
      in.next();
      skipGroup(in);
    }
  }

  private static void skipGroup(Tokens in) {
    if (in.acceptSymbol("(")) {
      in.untilClose();
    }
  }

  private static void skipReferences(Tokens in) {
    in.next();
    while (in.peek().isSymbol(".")) {
      in.next();
      in.next();
    }
    skipGroup(in);
    while (true) {
      if (in.accept("ON", "DELETE") || in.accept("ON", "UPDATE")) {
        if (!in.accept("SET", "NULL") && !in.accept("SET", "DEFAULT") && !in.accept("NO", "ACTION")) {
          in.next();
        }
      } else if (in.accept("MATCH")) {
        in.next();
      } else if (!in.accept("DEFERRABLE") && !in.accept("NOT", "DEFERRABLE")
          && !in.accept("INITIALLY", "DEFERRED") && !in.accept("INITIALLY", "IMMEDIATE")) {
        return;
      }
    }
  }
}
