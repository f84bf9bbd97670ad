package dev.tenon.processor.schema;

import dev.tenon.processor.schema.Tokens.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves every table and every qualified column that a generated statement names against the
 * catalog, reading the statement's own text (not the model it was planned from), so a fault in
 * planning, quoting or case folding is caught as well as a drifted schema. It runs after the SQL
 * planner, on {@code PlannedSql} text: the arrows stay check → sql → schema validation → write.
 *
 * <p>Scope: tables after FROM and JOIN, their aliases, and {@code alias.column} references,
 * including those of derived tables ({@code (SELECT … AS k1 …) mine}, then {@code mine.k1}).
 * Unqualified names are checked where write statements put them (see {@link WriteColumns}) when
 * the statement names one table; queries qualify every column.
 */
final class StatementValidator {
  private static final Set<String> NOT_ALIASES =
      Set.of(
          "ON", "WHERE", "LEFT", "RIGHT", "INNER", "OUTER", "FULL", "JOIN", "CROSS", "ORDER",
          "GROUP", "LIMIT", "OFFSET", "FETCH", "UNION", "FOR", "HAVING", "WINDOW", "USING", "SET",
          "VALUES", "RETURNING", "DEFAULT");

  private final SchemaCatalog catalog;

  StatementValidator(SchemaCatalog catalog) {
    this.catalog = catalog;
  }

  /** What {@code sql} names that the schema does not have; empty when every name resolves. */
  List<String> problems(String sql, Set<String> ignoredTables) {
    List<Token> tokens = new ArrayList<>();
    Tokens in = Tokens.of(sql);
    while (!in.atEnd()) {
      tokens.add(in.next());
    }
    Map<String, Set<String>> aliases = new HashMap<>();
    Set<String> derivedAliases = new HashSet<>();
    Set<String> derivedColumns = new HashSet<>();
    Set<String> functionAliases = new HashSet<>();
    Set<String> baseTables = new HashSet<>();
    Set<String> ignored = new HashSet<>(ignoredTables);
    List<String> problems = new ArrayList<>();
    List<Integer> openBrackets = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.isSymbol("(")) {
        openBrackets.add(i);
      } else if (token.isSymbol(")") && !openBrackets.isEmpty()) {
        int open = openBrackets.remove(openBrackets.size() - 1);
        Token first = open + 1 < tokens.size() ? tokens.get(open + 1) : null;
        if (first != null && (first.is("SELECT") || first.is("VALUES"))) {
          derived(tokens, i + 1, derivedAliases, derivedColumns);
        } else if (open >= 2 && tokens.get(open - 1).isName()
            && (tokens.get(open - 2).is("FROM") || tokens.get(open - 2).is("JOIN"))) {
          // a table function (JSON_TABLE(?, …) j, json_each(?)): its columns are its own
          Set<String> ignoredColumns = new HashSet<>();
          derived(tokens, i + 1, functionAliases, ignoredColumns);
        }
      } else if (token.is("AS") && i + 1 < tokens.size() && tokens.get(i + 1).isName()) {
        derivedColumns.add(name(tokens.get(i + 1)));
      } else if (tableAt(tokens, i) > 0) {
        int at0 = tableAt(tokens, i);
        Token table = tokens.get(at0);
        String stored = name(table);
        baseTables.add(stored);
        if (catalog.table(stored) == null) {
          if (!ignored.contains(stored)) {
            problems.add("names table " + table.text() + ", which is not");
          }
          ignored.add(stored);
        }
        int at = at0 + 1 < tokens.size() && tokens.get(at0 + 1).is("AS") ? at0 + 2 : at0 + 1;
        Token alias = at < tokens.size() && isAlias(tokens.get(at)) ? tokens.get(at) : table;
        aliases.computeIfAbsent(name(alias), k -> new HashSet<>()).add(stored);
        aliases.computeIfAbsent(name(table), k -> new HashSet<>()).add(stored);
      }
    }
    if (baseTables.size() == 1) {
      // ON CONFLICT … DO UPDATE SET c = EXCLUDED.c (PostgreSQL, SQLite): the row that was refused
      aliases.computeIfAbsent(catalog.stored("excluded", false), k -> new HashSet<>()).addAll(baseTables);
    }
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (tokens.get(i).isName() && tokens.get(i + 1).isSymbol(".") && tokens.get(i + 2).isName()
          && (i == 0 || !tokens.get(i - 1).is("FROM") && !tokens.get(i - 1).is("JOIN"))) {
        String problem = functionAliases.contains(name(tokens.get(i))) ? null
            : reference(tokens.get(i), tokens.get(i + 2), aliases, derivedAliases, derivedColumns, ignored);
        if (problem != null && !problems.contains(problem)) {
          problems.add(problem);
        }
        i += 2;
      }
    }
    if (baseTables.size() == 1 && writes(tokens)) {
      String only = baseTables.iterator().next();
      SchemaTable table = catalog.table(only);
      if (table != null && !ignored.contains(only)) {
        for (Token column : WriteColumns.unqualified(tokens)) {
          if (table.column(name(column)) == null) {
            String problem = "names column " + column.text() + " (table " + only + "), which is not";
            if (!problems.contains(problem)) {
              problems.add(problem);
            }
          }
        }
      }
    }
    return problems;
  }

  /**
   * Where the table named after token {@code i} is (FROM t, JOIN t, INTO t, UPDATE t, and the
   * nested {@code JOIN (t alias INNER JOIN …)} of a join under an outer join), or -1.
   */
  private static int tableAt(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    if (!token.is("FROM") && !token.is("JOIN") && !token.is("INTO") && !token.is("UPDATE")) {
      return -1;
    }
    if (token.is("UPDATE") && i > 0 && tokens.get(i - 1).is("FOR")) {
      return -1; // a locking read: FOR UPDATE [OF t] [SKIP LOCKED]
    }
    if (token.is("FROM") && insideFunction(tokens, i)) {
      return -1; // EXTRACT(YEAR FROM e.on_day), SUBSTRING(x FROM 2), TRIM(BOTH ' ' FROM x)
    }
    int at = i + 1;
    if (at < tokens.size() && tokens.get(at).isSymbol("(") && (token.is("FROM") || token.is("JOIN"))) {
      at++; // a nested join; a subquery starts with SELECT or VALUES, which are no table names
      if (at < tokens.size() && (tokens.get(at).is("SELECT") || tokens.get(at).is("VALUES"))) {
        return -1;
      }
    }
    if (at >= tokens.size() || !tokens.get(at).isName()
        || at + 1 < tokens.size() && tokens.get(at + 1).isSymbol("(") && !token.is("INTO")) {
      return -1; // a table function, such as JSON_TABLE(…) or json_each(?)
    }
    Token next = tokens.get(at);
    if (token.is("FROM") && (next.is("FINAL") || next.is("NEW") || next.is("OLD"))
        && at + 1 < tokens.size() && tokens.get(at + 1).is("TABLE")) {
      return -1;
    }
    if (token.is("UPDATE")
        && (next.is("SET") || at + 1 < tokens.size() && tokens.get(at + 1).isSymbol("="))) {
      return -1;
    }
    return at;
  }

  /** Functions whose arguments use FROM as a keyword. */
  private static final Set<String> FROM_FUNCTIONS =
      Set.of("EXTRACT", "SUBSTRING", "TRIM", "POSITION", "OVERLAY");

  /** Whether token {@code i} stands inside the parentheses of one of {@link #FROM_FUNCTIONS}. */
  private static boolean insideFunction(List<Token> tokens, int i) {
    int depth = 0;
    for (int j = i - 1; j >= 0; j--) {
      Token token = tokens.get(j);
      if (token.isSymbol(")")) {
        depth++;
      } else if (token.isSymbol("(")) {
        if (depth == 0) {
          return j > 0
              && tokens.get(j - 1).isName()
              && FROM_FUNCTIONS.contains(tokens.get(j - 1).text().toUpperCase(java.util.Locale.ROOT));
        }
        depth--;
      }
    }
    return false;
  }

  /**
   * Whether unqualified names in {@code tokens} are columns of its one table: a write statement,
   * H2's {@code SELECT … FROM FINAL TABLE (MERGE …)}, or a select without any qualified name (the
   * re-read after MySQL's upsert). A query qualifies every column, and its unqualified names belong
   * to table functions ({@code SELECT value FROM json_each(?)}).
   */
  private static boolean writes(List<Token> tokens) {
    Token first = tokens.isEmpty() ? null : tokens.get(0);
    if (first != null && (first.is("INSERT") || first.is("UPDATE") || first.is("DELETE") || first.is("MERGE"))) {
      return true;
    }
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).is("FINAL") && tokens.get(i + 1).is("TABLE")) {
        return true;
      }
      if (tokens.get(i).isSymbol(".") || tokens.get(i).isSymbol("(")) {
        return false;
      }
    }
    return true;
  }

  /** {@code (SELECT …) mine} or {@code (VALUES …) AS excluded (a, b)}: a derived table. */
  private void derived(List<Token> tokens, int at, Set<String> aliases, Set<String> columns) {
    if (at < tokens.size() && tokens.get(at).is("AS")) {
      at++;
    }
    if (at >= tokens.size() || !isAlias(tokens.get(at))) {
      return;
    }
    aliases.add(name(tokens.get(at)));
    if (at + 1 < tokens.size() && tokens.get(at + 1).isSymbol("(")) {
      for (int i = at + 2; i < tokens.size() && !tokens.get(i).isSymbol(")"); i++) {
        if (tokens.get(i).isName()) {
          columns.add(name(tokens.get(i)));
        }
      }
    }
  }

  private String reference(Token aliasToken, Token columnToken, Map<String, Set<String>> aliases,
      Set<String> derivedAliases, Set<String> derivedColumns, Set<String> ignoredTables) {
    String alias = name(aliasToken);
    String column = name(columnToken);
    if (derivedAliases.contains(alias) && derivedColumns.contains(column)) {
      return null;
    }
    Set<String> tables = aliases.get(alias);
    if (tables == null) {
      return "names " + aliasToken.text() + "." + columnToken.text() + " but no table has alias "
          + aliasToken.text() + ", which is not";
    }
    for (String table : tables) {
      SchemaTable schemaTable = catalog.table(table);
      if (schemaTable == null || ignoredTables.contains(table) || schemaTable.column(column) != null) {
        return null;
      }
    }
    return "names column " + aliasToken.text() + "." + columnToken.text() + " (table "
        + String.join(" or ", tables) + "), which is not";
  }

  private static boolean isAlias(Token token) {
    return token.kind() == Tokens.Kind.QUOTED
        || token.kind() == Tokens.Kind.WORD && !NOT_ALIASES.contains(token.upper());
  }

  private String name(Token token) {
    return catalog.stored(token.text(), token.kind() == Tokens.Kind.QUOTED);
  }
}
