package dev.tenon.processor.schema;

import dev.tenon.processor.schema.Tokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code ALTER TABLE name action[, action …]} in the four dialects' spellings: ADD/DROP/RENAME
 * COLUMN, ALTER COLUMN TYPE/SET NOT NULL/DROP NOT NULL/SET DEFAULT/RENAME TO (H2), MySQL's MODIFY
 * and CHANGE, ADD/DROP CONSTRAINT and PRIMARY KEY, and RENAME TO for the table.
 */
final class AlterTable {
  /** Actions that change no column or key. */
  private static final Set<String> HARMLESS =
      Set.of(
          "OWNER", "SET", "RESET", "ENABLE", "DISABLE", "CLUSTER", "INHERIT", "NO", "ATTACH",
          "DETACH", "ENGINE", "AUTO_INCREMENT", "DEFAULT", "CHARACTER", "CHARSET", "CONVERT",
          "COMMENT", "ORDER", "ALGORITHM", "LOCK", "FORCE", "VALIDATE", "REPLICA", "OF", "NOT",
          "ROW_FORMAT", "PARTITION", "COALESCE", "REORGANIZE", "TRUNCATE", "ANALYZE", "CHECK",
          "REPAIR", "OPTIMIZE", "REBUILD", "REMOVE", "DISCARD", "IMPORT", "EXCHANGE", "COLLATE",
          "KEY_BLOCK_SIZE", "STATS_PERSISTENT", "ROW", "SPLIT", "MERGE");

  private final SchemaCatalog catalog;
  private final Consumer<String> unread;
  private final String where;

  AlterTable(SchemaCatalog catalog, Consumer<String> unread, String where) {
    this.catalog = catalog;
    this.unread = unread;
    this.where = where;
  }

  void apply(Tokens in) {
    boolean ifExists = in.accept("IF", "EXISTS");
    in.accept("ONLY");
    SqlNames.Name name = SqlNames.read(in);
    in.acceptSymbol("*");
    SchemaTable table = name == null ? null : catalog.table(catalog.stored(name.text(), name.quoted()));
    if (table == null) {
      if (!ifExists) {
        unread.accept("it alters a table that the statements before it do not create");
      }
      return;
    }
    for (List<Token> action : Tokens.splitTopLevel(in.rest())) {
      table = action(table, Tokens.over(action));
    }
  }

  /** Applies one action; returns the table, renamed if the action renamed it. */
  private SchemaTable action(SchemaTable table, Tokens in) {
    if (in.accept("ADD")) {
      add(table, in);
    } else if (in.accept("DROP")) {
      drop(table, in);
    } else if (in.accept("RENAME")) {
      return rename(table, in);
    } else if (in.accept("ALTER")) {
      in.accept("COLUMN");
      alterColumn(table, in);
    } else if (in.accept("MODIFY")) {
      in.accept("COLUMN");
      redefine(table, in.peek(), in.rest());
    } else if (in.accept("CHANGE")) {
      in.accept("COLUMN");
      Token old = in.next();
      redefine(table, old, in.rest());
    } else if (!(in.peek().kind() == Tokens.Kind.WORD && HARMLESS.contains(in.peek().upper()))) {
      unread.accept("an ALTER TABLE action Tenon does not read: " + Tokens.text(in.rest()));
    }
    return table;
  }

  private void add(SchemaTable table, Tokens in) {
    String constraint = "";
    if (in.accept("CONSTRAINT")) {
      SqlNames.Name name = SqlNames.read(in);
      constraint = name == null ? "" : name.text();
    }
    if (CreateTable.constraint(catalog, table, constraint, in, unread)) {
      return;
    }
    if (in.peek().is("PARTITION")) {
      return;
    }
    in.accept("COLUMN");
    boolean ifNotExists = in.accept("IF", "NOT", "EXISTS");
    List<List<Token>> columns = new ArrayList<>();
    if (in.acceptSymbol("(")) {
      columns.addAll(Tokens.splitTopLevel(in.untilClose())); // MySQL: ADD (a INT, b INT)
    } else {
      columns.add(in.rest());
    }
    for (List<Token> definition : columns) {
      ColumnDefinition.Read read = ColumnDefinition.read(catalog, definition, where);
      if (read == null) {
        unread.accept("an added column Tenon cannot read");
        continue;
      }
      if (ifNotExists && table.column(read.column().name()) != null) {
        continue;
      }
      table.put(read.column());
      if (read.primaryKey()) {
        table.primaryKey(List.of(read.column().name()));
      }
      if (read.unique()) {
        table.unique("", List.of(read.column().name()));
      }
    }
  }

  private void drop(SchemaTable table, Tokens in) {
    if (in.accept("PRIMARY", "KEY")) {
      table.primaryKey(List.of());
      return;
    }
    if (in.accept("CONSTRAINT") || in.accept("INDEX") || in.accept("KEY")) {
      in.accept("IF", "EXISTS");
      SqlNames.Name name = SqlNames.read(in);
      if (name != null) {
        table.dropConstraint(name.text());
      }
      return;
    }
    if (in.peek().is("FOREIGN") || in.peek().is("CHECK") || in.peek().is("PARTITION")
        || in.peek().is("DEFAULT")) {
      return;
    }
    in.accept("COLUMN");
    boolean ifExists = in.accept("IF", "EXISTS");
    SqlNames.Name name = SqlNames.read(in);
    String stored = name == null ? null : catalog.stored(name.text(), name.quoted());
    if (stored == null || table.column(stored) == null) {
      if (!ifExists) {
        unread.accept("it drops a column the table does not have");
      }
      return;
    }
    table.drop(stored);
  }

  private SchemaTable rename(SchemaTable table, Tokens in) {
    if (in.accept("TO") || in.accept("AS")) {
      SqlNames.Name to = SqlNames.read(in);
      if (to == null) {
        unread.accept("RENAME TO without a name");
        return table;
      }
      SchemaTable renamed = table.copyAs(catalog.stored(to.text(), to.quoted()), table.origin());
      catalog.drop(table.name());
      catalog.put(renamed);
      return renamed;
    }
    if (in.accept("CONSTRAINT") || in.accept("INDEX") || in.accept("KEY")) {
      return table;
    }
    in.accept("COLUMN");
    SqlNames.Name from = SqlNames.read(in);
    if (from == null || !in.accept("TO")) {
      unread.accept("RENAME COLUMN a TO b expected");
      return table;
    }
    renameColumn(table, from, SqlNames.read(in));
    return table;
  }

  private void renameColumn(SchemaTable table, SqlNames.Name from, SqlNames.Name to) {
    SchemaColumn column = table.column(catalog.stored(from.text(), from.quoted()));
    if (column == null || to == null) {
      unread.accept("it renames a column the table does not have");
      return;
    }
    table.replace(column.name(), column.renamed(catalog.stored(to.text(), to.quoted())));
  }

  private void alterColumn(SchemaTable table, Tokens in) {
    SqlNames.Name name = SqlNames.read(in);
    SchemaColumn column = name == null ? null : table.column(catalog.stored(name.text(), name.quoted()));
    if (column == null) {
      unread.accept("it alters a column the table does not have");
      return;
    }
    if (in.accept("RENAME", "TO")) {
      renameColumn(table, name, SqlNames.read(in));
    } else if (in.accept("SET", "NOT", "NULL")) {
      table.replace(column.name(), column.withNotNull(true));
    } else if (in.accept("DROP", "NOT", "NULL") || in.accept("SET", "NULL")) {
      table.replace(column.name(), column.withNotNull(false));
    } else if (in.accept("SET", "DEFAULT") || in.accept("ADD", "GENERATED")) {
      boolean identity = column.identity() || in.rest().stream().anyMatch(t -> t.is("IDENTITY"));
      table.replace(column.name(), column.withFilled(true, identity));
    } else if (in.accept("DROP", "DEFAULT") || in.accept("DROP", "IDENTITY")) {
      table.replace(column.name(), column.withFilled(false, false));
    } else if (in.accept("TYPE") || in.accept("SET", "DATA", "TYPE")) {
      List<Token> type = new ArrayList<>();
      type.add(new Token(Tokens.Kind.WORD, "value"));
      for (Token token : in.rest()) {
        if (token.is("USING") || token.is("COLLATE")) {
          break;
        }
        type.add(token);
      }
      ColumnDefinition.Read read = ColumnDefinition.read(catalog, type, where);
      table.replace(column.name(), column.withType(read.column().type()));
    } else if (in.peek().kind() == Tokens.Kind.WORD && !in.peek().is("SET") && !in.peek().is("DROP")
        && !in.peek().is("RESTART") && !in.peek().is("ADD")) {
      redefine(table, new Token(Tokens.Kind.WORD, column.name()), prependName(column, in.rest()));
    }
    // SET STATISTICS / STORAGE / RESTART …: no change Tenon sees
  }

  private static List<Token> prependName(SchemaColumn column, List<Token> rest) {
    List<Token> tokens = new ArrayList<>();
    tokens.add(new Token(Tokens.Kind.QUOTED, column.name()));
    tokens.addAll(rest);
    return tokens;
  }

  /** MODIFY / CHANGE / H2's ALTER COLUMN c newdefinition: the column is defined anew. */
  private void redefine(SchemaTable table, Token old, List<Token> definition) {
    SchemaColumn column = table.column(catalog.stored(old.text(), old.kind() == Tokens.Kind.QUOTED));
    ColumnDefinition.Read read = ColumnDefinition.read(catalog, definition, where);
    if (column == null || read == null) {
      unread.accept("it redefines a column the table does not have");
      return;
    }
    table.replace(column.name(), read.column());
    if (read.primaryKey()) {
      table.primaryKey(List.of(read.column().name()));
    }
  }
}
