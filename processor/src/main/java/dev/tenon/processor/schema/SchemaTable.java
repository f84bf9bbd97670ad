package dev.tenon.processor.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table as the migrations leave it: its columns in order, its primary key and its unique keys
 * (constraints and unique indexes without a WHERE). Mutable only while the migrations are applied.
 */
final class SchemaTable {
  private final String name;
  private final String origin;
  private final Map<String, SchemaColumn> columns = new LinkedHashMap<>();
  private List<String> primaryKey = List.of();
  /** Unique keys by constraint or index name ("" when unnamed), each a list of column names. */
  private final Map<String, List<List<String>>> uniqueKeys = new LinkedHashMap<>();

  SchemaTable(String name, String origin) {
    this.name = name;
    this.origin = origin;
  }

  String name() {
    return name;
  }

  /** File and line of the statement that created it. */
  String origin() {
    return origin;
  }

  Collection<SchemaColumn> columns() {
    return columns.values();
  }

  SchemaColumn column(String stored) {
    return columns.get(stored);
  }

  void put(SchemaColumn column) {
    columns.put(column.name(), column);
  }

  /** Replaces {@code old} in place, keeping the column order. */
  void replace(String old, SchemaColumn column) {
    Map<String, SchemaColumn> copy = new LinkedHashMap<>(columns);
    columns.clear();
    copy.forEach((key, value) -> columns.put(key.equals(old) ? column.name() : key,
        key.equals(old) ? column : value));
    primaryKey = primaryKey.stream().map(c -> c.equals(old) ? column.name() : c).toList();
    uniqueKeys.replaceAll((key, keys) -> keys.stream()
        .map(k -> k.stream().map(c -> c.equals(old) ? column.name() : c).toList()).toList());
  }

  void drop(String column) {
    columns.remove(column);
    if (primaryKey.contains(column)) {
      primaryKey = List.of();
    }
    uniqueKeys.replaceAll((key, keys) -> keys.stream().filter(k -> !k.contains(column)).toList());
  }

  List<String> primaryKey() {
    return primaryKey;
  }

  void primaryKey(List<String> key) {
    primaryKey = List.copyOf(key);
    for (String column : key) {
      SchemaColumn existing = columns.get(column);
      if (existing != null) {
        columns.put(column, existing.withNotNull(true));
      }
    }
  }

  void unique(String constraint, List<String> key) {
    uniqueKeys.computeIfAbsent(constraint, k -> new ArrayList<>()).add(List.copyOf(key));
  }

  void dropConstraint(String constraint) {
    uniqueKeys.remove(constraint);
  }

  /** Whether exactly these columns (in any order) are the primary key or a unique key. */
  boolean isKey(Collection<String> key) {
    Set<String> wanted = new LinkedHashSet<>(key);
    if (new LinkedHashSet<>(primaryKey).equals(wanted)) {
      return true;
    }
    for (List<List<String>> keys : uniqueKeys.values()) {
      for (List<String> each : keys) {
        if (new LinkedHashSet<>(each).equals(wanted)) {
          return true;
        }
      }
    }
    return false;
  }

  SchemaTable copyAs(String newName, String newOrigin) {
    SchemaTable copy = new SchemaTable(newName, newOrigin);
    copy.columns.putAll(columns);
    copy.primaryKey = primaryKey;
    uniqueKeys.forEach((key, keys) -> copy.uniqueKeys.put(key, new ArrayList<>(keys)));
    return copy;
  }
}
