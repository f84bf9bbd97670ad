package dev.tenon.processor.schema;

/**
 * One column as the migrations leave it.
 *
 * @param name as stored by the database (folded the dialect's way unless it was quoted)
 * @param type the declared SQL type, lowercase, domains and enum types resolved ({@code
 *     varchar(200)}, {@code bigint unsigned}); empty for a SQLite column declared without a type
 * @param notNull declared {@code NOT NULL} or part of the primary key
 * @param filled the database fills it when an insert leaves it out: a default, an identity or
 *     auto-increment, a serial type or a generated expression
 * @param identity an identity, auto-increment, serial or SQLite rowid column
 * @param ddl the column's definition as written, for messages
 * @param origin the file and line of the statement that last defined it
 */
record SchemaColumn(
    String name,
    String type,
    boolean notNull,
    boolean filled,
    boolean identity,
    String ddl,
    String origin) {

  SchemaColumn renamed(String newName) {
    return new SchemaColumn(newName, type, notNull, filled, identity, ddl, origin);
  }

  SchemaColumn withNotNull(boolean value) {
    return new SchemaColumn(name, type, value, filled, identity, ddl, origin);
  }

  SchemaColumn withType(String newType) {
    return new SchemaColumn(name, newType, notNull, filled, identity, ddl, origin);
  }

  SchemaColumn withFilled(boolean value, boolean isIdentity) {
    return new SchemaColumn(name, type, notNull, value, isIdentity, ddl, origin);
  }
}
