package dev.tenon.processor.schema;

import dev.tenon.Dialect;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables that a set of migrations leaves behind, with names stored the way the dialect stores
 * them (PostgreSQL folds unquoted names to lower case, H2 to upper case; MySQL and SQLite compare
 * names without case, so they are kept in lower case here), plus what could not be read.
 *
 * <p>It is an input to checking: built once per compilation by {@link DdlReader} before any entity
 * is checked, and read, never changed, by {@link EntitySchemaChecker} and {@link
 * StatementValidator}.
 */
final class SchemaCatalog {
  /** A statement the reader did not understand: reported as a warning, never silently passed. */
  record Unread(String where, String statement, String reason) {}

  private final Dialect dialect;
  private final Map<String, SchemaTable> tables = new LinkedHashMap<>();
  /** Domains and enum types by name: the base type a column of that type has. */
  private final Map<String, String> types = new LinkedHashMap<>();
  private final List<Unread> unread = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();

  SchemaCatalog(Dialect dialect) {
    this.dialect = dialect;
  }

  Dialect dialect() {
    return dialect;
  }

  /** The name as this dialect stores it. */
  String stored(String name, boolean quoted) {
    return switch (dialect) {
      case POSTGRES -> quoted ? name : name.toLowerCase(Locale.ROOT);
      case H2 -> quoted ? name : name.toUpperCase(Locale.ROOT);
      default -> name.toLowerCase(Locale.ROOT);
    };
  }

  SchemaTable table(String stored) {
    return tables.get(stored);
  }

  Collection<SchemaTable> tables() {
    return tables.values();
  }

  void put(SchemaTable table) {
    tables.put(table.name(), table);
  }

  void drop(String stored) {
    tables.remove(stored);
  }

  void type(String stored, String baseType) {
    types.put(stored, baseType);
  }

  void dropType(String stored) {
    types.remove(stored);
  }

  /** The base type behind a domain or enum type, or null when {@code stored} is neither. */
  String baseType(String stored) {
    return types.get(stored);
  }

  void unread(String where, String statement, String reason) {
    unread.add(new Unread(where, statement, reason));
  }

  List<Unread> unread() {
    return unread;
  }

  void source(String file) {
    sources.add(file);
  }

  /** The files read, in the order applied. */
  List<String> sources() {
    return sources;
  }
}
