package dev.tenon.processor.schema;

import dev.tenon.Dialect;
import dev.tenon.processor.schema.Tokens.Token;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code CREATE TABLE [IF NOT EXISTS] name (columns and constraints) [options]}, including
 * PostgreSQL's {@code PARTITION OF parent} (the parent's columns). Table options after the
 * brackets (ENGINE=, PARTITION BY, STRICT, WITHOUT ROWID …) change no column and are passed over.
 */
final class CreateTable {
  private final SchemaCatalog catalog;
  private final Consumer<String> unread;
  private final String where;

  CreateTable(SchemaCatalog catalog, Consumer<String> unread, String where) {
    this.catalog = catalog;
    this.unread = unread;
    this.where = where;
  }

  void apply(Tokens in) {
    boolean ifNotExists = in.accept("IF", "NOT", "EXISTS");
    SqlNames.Name name = SqlNames.read(in);
    if (name == null) {
      unread.accept("CREATE TABLE without a name");
      return;
    }
    String stored = catalog.stored(name.text(), name.quoted());
    if (ifNotExists && catalog.table(stored) != null) {
      return;
    }
    if (in.accept("PARTITION", "OF")) {
      SqlNames.Name parentName = SqlNames.read(in);
      SchemaTable parent =
          parentName == null ? null : catalog.table(catalog.stored(parentName.text(), parentName.quoted()));
      if (parent == null) {
        unread.accept("a partition of a table that the statements before it do not create");
      } else {
        catalog.put(parent.copyAs(stored, where));
      }
      return;
    }
    if (!in.acceptSymbol("(")) {
      unread.accept("CREATE TABLE … AS or LIKE: its columns come from a query or another table");
      return;
    }
    SchemaTable table = new SchemaTable(stored, where);
    List<List<Token>> elements = Tokens.splitTopLevel(in.untilClose());
    for (List<Token> element : elements) {
      if (!element.isEmpty() && element.get(0).is("LIKE")) {
        unread.accept("CREATE TABLE (LIKE …): its columns come from another table");
        return;
      }
      if (!element(table, element)) {
        return;
      }
    }
    boolean withoutRowid = in.rest().stream().anyMatch(t -> t.is("ROWID"));
    if (catalog.dialect() == Dialect.SQLITE && !withoutRowid) {
      rowidAlias(table);
    }
    catalog.put(table);
  }

  /** Applies one column or table constraint; false (after reporting) when it cannot be read. */
  private boolean element(SchemaTable table, List<Token> element) {
    Tokens in = Tokens.over(element);
    String constraint = "";
    if (in.accept("CONSTRAINT")) {
      SqlNames.Name name = SqlNames.read(in);
      constraint = name == null ? "" : name.text();
    }
    return constraint(catalog, table, constraint, in, unread)
        || column(table, element);
  }

  /**
   * A table constraint at the cursor, applied to {@code table}: true when it was one (or a key
   * Tenon does not need, such as FOREIGN KEY or CHECK), false when the tokens are a column.
   */
  static boolean constraint(
      SchemaCatalog catalog, SchemaTable table, String constraint, Tokens in, Consumer<String> unread) {
    if (in.accept("PRIMARY", "KEY")) {
      List<String> key = keyColumns(catalog, in);
      if (key == null) {
        unread.accept("a PRIMARY KEY whose columns Tenon cannot read");
      } else {
        table.primaryKey(key);
      }
      return true;
    }
    if (in.accept("UNIQUE")) {
      if (!in.accept("KEY")) {
        in.accept("INDEX");
      }
      String name = constraint;
      if (in.peek().isName() && !in.peek().is("NULLS")) {
        name = in.next().text();
      }
      in.accept("NULLS", "NOT", "DISTINCT");
      List<String> key = keyColumns(catalog, in);
      if (key != null) {
        table.unique(name, key);
      }
      return true;
    }
    Token first = in.peek();
    return first.is("FOREIGN") || first.is("CHECK") || first.is("KEY") || first.is("INDEX")
        || first.is("FULLTEXT") || first.is("SPATIAL") || first.is("EXCLUDE") || first.is("PERIOD")
        || !constraint.isEmpty();
  }

  private static List<String> keyColumns(SchemaCatalog catalog, Tokens in) {
    if (in.accept("USING")) {
      in.next();
    }
    if (!in.acceptSymbol("(")) {
      return null;
    }
    return SqlNames.columnList(catalog, in.untilClose());
  }

  private boolean column(SchemaTable table, List<Token> element) {
    ColumnDefinition.Read read = ColumnDefinition.read(catalog, element, where);
    if (read == null) {
      unread.accept("a table element Tenon cannot read: " + Tokens.text(element));
      return false;
    }
    table.put(read.column());
    if (read.primaryKey()) {
      table.primaryKey(List.of(read.column().name()));
    }
    if (read.unique()) {
      table.unique("", List.of(read.column().name()));
    }
    return true;
  }

  /** SQLite: an {@code INTEGER PRIMARY KEY} column is the rowid, filled when left out. */
  static void rowidAlias(SchemaTable table) {
    if (table.primaryKey().size() != 1) {
      return;
    }
    SchemaColumn key = table.column(table.primaryKey().get(0));
    if (key != null && key.type().equals("integer")) {
      table.replace(key.name(), key.withFilled(true, true));
    }
  }
}
