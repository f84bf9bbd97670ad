package dev.tenon.processor.diag;

/**
 * The texts of the checks against the real schema ({@code -Atenon.schema}, API.md §9), kept beside
 * {@link Messages} with the same stable tags so the two can be merged without conflicts while
 * several people add messages.
 */
public final class SchemaMessages {
  private SchemaMessages() {}

  public static String option(String text) {
    return Messages.tag("schema-option", text);
  }

  public static String unreadable(String where, String statement, String reason) {
    return Messages.tag(
        "schema-unreadable",
        "Tenon could not read the statement at " + where + " (" + reason + "): " + statement
            + "; the checks go on without it, so a table or column it defines is reported as"
            + " missing");
  }

  public static String missingTable(String entity, String table, String dialect, String suggestion) {
    return Messages.tag(
        "schema-missing-table",
        entity + " reads table '" + table + "', which the " + dialect + " schema does not have; "
            + suggestion);
  }

  public static String missingColumn(String component, String column, String table, String suggestion) {
    return Messages.tag(
        "schema-missing-column",
        component + " reads column '" + column + "', which table '" + table + "' does not have in"
            + " the schema; " + suggestion);
  }

  public static String typeMismatch(
      String component, String javaType, String column, String sqlType, String fits) {
    return Messages.tag(
        "schema-type",
        component + " is " + javaType + ", which column " + column + " of SQL type " + sqlType
            + " cannot carry; declare it as " + fits + ", or change the column");
  }

  public static String nullable(String component, String column, String ddl, boolean primitive) {
    return Messages.tag(
        "schema-nullable",
        component + (primitive ? " is a primitive" : " is not @Nullable") + ", but column "
            + column + " can be NULL (" + ddl + "); "
            + (primitive ? "use the boxed type with @Nullable" : "mark it @Nullable")
            + " or make the column NOT NULL");
  }

  public static String idNotKey(String entity, String columns, String table, String keys) {
    return Messages.tag(
        "schema-id-not-key",
        entity + "'s @Id (" + columns + ") is neither the primary key nor a unique key of table '"
            + table + "' in the schema (" + keys + "); rows it finds may not be one per id");
  }

  public static String statement(String method, String dialect, String problem, String sql) {
    return Messages.tag(
        "schema-sql",
        "the " + dialect + " statement Tenon writes for " + method + " " + problem
            + " in the schema: " + sql.replace('\n', ' '));
  }

  public static String generatedId(String component, String column, String ddl) {
    return Messages.tag(
        "schema-generated-id",
        component + " is @Id(generated = true), but column " + column + " has no default or"
            + " identity (" + ddl + "), so the database would not assign it; declare it GENERATED …"
            + " AS IDENTITY, AUTO_INCREMENT, a serial type or with a DEFAULT, or assign the id yourself");
  }

  public static String upsertKey(String method, String columns, String table, String keys) {
    return Messages.tag(
        "schema-upsert-key",
        method + " upserts on (" + columns + "), but table '" + table + "' has no primary key or"
            + " unique constraint on exactly those columns (" + keys + "), so the database cannot"
            + " detect the conflict; add a UNIQUE constraint or index on them, or name a key it has");
  }

  public static String insertLeavesOut(String method, String column, String ddl, String entity) {
    return Messages.tag(
        "schema-insert-missing",
        method + " inserts a row without column " + column + ", which is NOT NULL and has no"
            + " default (" + ddl + "); add a component for it to " + entity + ", or give the"
            + " column a DEFAULT");
  }
}
