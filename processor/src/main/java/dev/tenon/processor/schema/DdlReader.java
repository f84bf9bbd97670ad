package dev.tenon.processor.schema;

import dev.tenon.processor.schema.Tokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies migration statements to a {@link SchemaCatalog}: CREATE/ALTER/DROP/RENAME TABLE, unique
 * indexes, enum types and domains. Statements that cannot change a table's columns or keys (views,
 * functions, triggers, sequences, grants, comments, data) are skipped on purpose; anything else,
 * and any table statement it cannot follow, is recorded as unread, to be reported as a warning
 * naming file and line. It never throws: a reader fault on one statement is one unread statement.
 */
final class DdlReader {
  /** First words of statements that never change a table's columns or keys. */
  private static final Set<String> SKIPPED =
      Set.of(
          "COMMENT", "GRANT", "REVOKE", "INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "REPLACE",
          "SELECT", "WITH", "SET", "RESET", "PRAGMA", "USE", "LOCK", "UNLOCK", "BEGIN", "START",
          "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "ANALYZE", "ANALYSE", "VACUUM", "REINDEX",
          "CALL", "EXEC", "EXECUTE", "TRUNCATE", "REFRESH", "CLUSTER", "NOTIFY", "LISTEN", "SHOW",
          "DECLARE", "CHECKPOINT", "SECURITY", "OPTIMIZE", "FLUSH", "LOAD", "VALUES", "COPY",
          "DISCARD", "EXPLAIN", "PREPARE", "DEALLOCATE", "SCRIPT", "RUNSCRIPT", "BACKUP", "ATTACH",
          "DETACH", "END", "SHUTDOWN", "HELP");

  /** What may follow CREATE [OR REPLACE] without touching a table's columns or keys. */
  private static final Set<String> CREATE_SKIPPED =
      Set.of(
          "VIEW", "MATERIALIZED", "RECURSIVE", "FUNCTION", "PROCEDURE", "TRIGGER", "SEQUENCE",
          "EXTENSION", "SCHEMA", "ROLE", "USER", "ALIAS", "EVENT", "POLICY", "RULE", "AGGREGATE",
          "OPERATOR", "CAST", "COLLATION", "SERVER", "PUBLICATION", "SUBSCRIPTION", "DATABASE",
          "TABLESPACE", "CONSTANT", "LANGUAGE", "STATISTICS", "TEXT", "CONVERSION", "ACCESS",
          "FOREIGN", "TRANSFORM", "GROUP", "CONSTRAINT", "LINKED", "SYNONYM", "DEFINER",
          "ALGORITHM", "SQL", "SPATIAL", "FULLTEXT");

  private static final Pattern TABLE_DDL =
      Pattern.compile("(?is).*\\b(CREATE|ALTER|DROP)\\s+TABLE\\b.*");

  private final SchemaCatalog catalog;
  private String where;
  private String statement;

  DdlReader(SchemaCatalog catalog) {
    this.catalog = catalog;
  }

  /** Applies every statement of one file; {@code file} names it in messages. */
  void apply(String file, String sql) {
    catalog.source(file);
    for (SqlScript.Statement each : SqlScript.split(sql, catalog.dialect())) {
      where = file + ":" + each.line();
      statement = each.text();
      try {
        applyOne(Tokens.of(each.text()));
      } catch (RuntimeException e) {
        unread("Tenon's reader failed on it (" + e + ")");
      }
    }
  }

  private void unread(String reason) {
    catalog.unread(where, statement, reason);
  }

  private void applyOne(Tokens in) {
    Token first = in.peek();
    if (in.accept("CREATE")) {
      create(in);
    } else if (in.accept("ALTER", "TABLE")) {
      new AlterTable(catalog, this::unread, where).apply(in);
    } else if (in.accept("ALTER")) {
      // ALTER TYPE, SEQUENCE, VIEW, FUNCTION, DOMAIN, INDEX …: no column or key changes
    } else if (in.accept("DROP", "TABLE")) {
      dropTables(in);
    } else if (in.accept("DROP", "TYPE") || in.accept("DROP", "DOMAIN")) {
      in.accept("IF", "EXISTS");
      for (List<Token> name : Tokens.splitTopLevel(in.rest())) {
        SqlNames.Name type = SqlNames.last(name);
        if (type != null) {
          catalog.dropType(catalog.stored(type.text(), type.quoted()));
        }
      }
    } else if (in.accept("DROP")) {
      // DROP INDEX, VIEW, FUNCTION, SEQUENCE …; a dropped unique index still reads as a key
    } else if (in.accept("RENAME", "TABLE")) {
      renameTables(in);
    } else if (first.is("DO")) {
      if (TABLE_DDL.matcher(statement).matches()) {
        unread("a DO block is procedural code Tenon does not run, and this one changes tables");
      }
    } else if (!(first.kind() == Tokens.Kind.WORD && SKIPPED.contains(first.upper()))) {
      unread("not a statement Tenon reads");
    }
  }

  private void create(Tokens in) {
    in.accept("OR", "REPLACE");
    while (in.accept("GLOBAL") || in.accept("LOCAL") || in.accept("TEMP") || in.accept("TEMPORARY")
        || in.accept("UNLOGGED") || in.accept("CACHED") || in.accept("MEMORY")) {
      // table kinds that still have columns
    }
    boolean unique = in.accept("UNIQUE");
    if (in.accept("TABLE")) {
      new CreateTable(catalog, this::unread, where).apply(in);
    } else if (in.accept("INDEX")) {
      createIndex(in, unique);
    } else if (in.accept("TYPE")) {
      SqlNames.Name name = SqlNames.read(in);
      in.accept("AS");
      String base = in.peek().is("ENUM") ? "enum" : "composite";
      if (name != null) {
        catalog.type(catalog.stored(name.text(), name.quoted()), base);
      }
    } else if (in.accept("DOMAIN")) {
      in.accept("IF", "NOT", "EXISTS");
      SqlNames.Name name = SqlNames.read(in);
      in.accept("AS");
      ColumnDefinition.Read read =
          ColumnDefinition.read(catalog, prepend(in.rest()), where);
      if (name != null && read != null) {
        catalog.type(catalog.stored(name.text(), name.quoted()), read.column().type());
      }
    } else if (in.peek().is("VIRTUAL")) {
      unread("a SQLite virtual table's columns come from its module; Tenon does not read them");
    } else if (!(in.peek().kind() == Tokens.Kind.WORD && CREATE_SKIPPED.contains(in.peek().upper()))) {
      unread("not a CREATE statement Tenon reads");
    }
  }

  /** A placeholder name before a type, so a domain's type reads like a column's. */
  private static List<Token> prepend(List<Token> type) {
    List<Token> tokens = new ArrayList<>();
    tokens.add(new Token(Tokens.Kind.WORD, "value"));
    tokens.addAll(type);
    return tokens;
  }

  private void createIndex(Tokens in, boolean unique) {
    in.accept("CONCURRENTLY");
    in.accept("IF", "NOT", "EXISTS");
    String indexName = "";
    if (!in.peek().is("ON")) {
      SqlNames.Name name = SqlNames.read(in);
      indexName = name == null ? "" : name.text();
    }
    if (in.accept("USING")) {
      in.next();
    }
    if (!in.accept("ON")) {
      unread("CREATE INDEX without ON table");
      return;
    }
    in.accept("ONLY");
    SqlNames.Name tableName = SqlNames.read(in);
    SchemaTable table =
        tableName == null ? null : catalog.table(catalog.stored(tableName.text(), tableName.quoted()));
    if (table == null) {
      unread("it indexes a table that the statements before it do not create");
      return;
    }
    if (in.accept("USING")) {
      in.next();
    }
    if (!unique || !in.acceptSymbol("(")) {
      return;
    }
    List<String> columns = SqlNames.columnList(catalog, in.untilClose());
    List<Token> rest = in.rest();
    boolean partial = rest.stream().anyMatch(t -> t.is("WHERE"));
    if (columns != null && !partial) {
      table.unique(indexName, columns);
    }
  }

  private void dropTables(Tokens in) {
    in.accept("IF", "EXISTS");
    for (List<Token> part : Tokens.splitTopLevel(in.rest())) {
      SqlNames.Name name = SqlNames.last(part);
      if (name != null) {
        catalog.drop(catalog.stored(name.text(), name.quoted()));
      }
    }
  }

  private void renameTables(Tokens in) {
    for (List<Token> part : Tokens.splitTopLevel(in.rest())) {
      Tokens pair = Tokens.over(part);
      SqlNames.Name from = SqlNames.read(pair);
      if (from == null || !pair.accept("TO")) {
        unread("RENAME TABLE a TO b expected");
        return;
      }
      SqlNames.Name to = SqlNames.read(pair);
      SchemaTable table = catalog.table(catalog.stored(from.text(), from.quoted()));
      if (table == null || to == null) {
        unread("it renames a table that the statements before it do not create");
        return;
      }
      catalog.drop(table.name());
      catalog.put(table.copyAs(catalog.stored(to.text(), to.quoted()), table.origin()));
    }
  }
}
