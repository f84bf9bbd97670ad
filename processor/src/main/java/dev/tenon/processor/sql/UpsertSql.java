package dev.tenon.processor.sql;

import dev.tenon.Dialect;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.WriteModel;
import dev.tenon.processor.model.WriteReturn;
import java.util.List;

/**
 * Insert-or-update on a unique key, one statement per row. Where each dialect's form is decided:
 *
 * <ul>
 *   <li>PostgreSQL and SQLite: {@code INSERT … ON CONFLICT (key) DO UPDATE SET c = EXCLUDED.c},
 *       and {@code RETURNING} every column when the method returns the stored row.
 *   <li>MySQL/MariaDB: {@code INSERT … ON DUPLICATE KEY UPDATE c = VALUES(c)} ({@code VALUES()}
 *       rather than MySQL 8's row alias, which MariaDB lacks); the stored row is read back by its
 *       key with a second statement, as neither has a {@code RETURNING} that both accept. The
 *       database reports 2 for a row it updated: the runtime counts each row once.
 *   <li>H2: {@code MERGE INTO t USING (VALUES (…)) AS excluded (…) ON t.key = excluded.key WHEN
 *       MATCHED THEN UPDATE … WHEN NOT MATCHED THEN INSERT …}, inside {@code SELECT … FROM FINAL
 *       TABLE (…)} when the method returns the stored row.
 * </ul>
 *
 * A {@code @Version} column is written as given on insert and incremented on update.
 */
final class UpsertSql {
  private UpsertSql() {}

  static PlannedWrite plan(WriteModel write, Dialect dialect) {
    List<Property> inserted = WritePlanner.inserted(write);
    String table = Identifiers.quote(dialect, write.entity().table());
    Property version = write.entity().version();
    boolean stored = write.returns() == WriteReturn.ENTITY;
    String all = WritePlanner.columns(dialect, write.entity().properties());
    String versionColumn = version == null ? null : Identifiers.quote(dialect, version.column());
    StringBuilder sql = new StringBuilder();
    switch (dialect) {
      case POSTGRES, SQLITE -> {
        insert(dialect, table, inserted, sql);
        sql.append("\nON CONFLICT (")
            .append(WritePlanner.columns(dialect, write.key()))
            .append(") DO UPDATE SET ")
            .append(WritePlanner.join(write.updated(), p -> q(dialect, p) + " = EXCLUDED." + q(dialect, p), ", "));
        if (version != null) {
          sql.append(", ").append(versionColumn).append(" = ").append(table).append('.').append(versionColumn).append(" + 1");
        }
        if (stored) {
          sql.append("\nRETURNING ").append(all);
        }
        return new PlannedWrite(
            sql.toString(), inserted, List.of(),
            stored ? PlannedWrite.RowsBack.RESULT_SET : PlannedWrite.RowsBack.COUNT, null, List.of());
      }
      case MYSQL -> {
        insert(dialect, table, inserted, sql);
        sql.append("\nON DUPLICATE KEY UPDATE ")
            .append(WritePlanner.join(write.updated(), p -> q(dialect, p) + " = VALUES(" + q(dialect, p) + ")", ", "));
        if (version != null) {
          sql.append(", ").append(versionColumn).append(" = ").append(versionColumn).append(" + 1");
        }
        String reread =
            stored
                ? "SELECT " + all + "\nFROM " + table + "\nWHERE " + WritePlanner.matching(dialect, write.key())
                : null;
        return new PlannedWrite(
            sql.toString(), inserted, List.of(), PlannedWrite.RowsBack.COUNT, reread,
            stored ? write.key() : List.of());
      }
      case H2 -> {
        StringBuilder merge = new StringBuilder("MERGE INTO ").append(table)
            .append(" USING (VALUES (").append(WritePlanner.placeholders(inserted.size()))
            .append(")) AS excluded (").append(WritePlanner.columns(dialect, inserted)).append(")\nON ")
            .append(WritePlanner.join(write.key(), p -> table + "." + q(dialect, p) + " = excluded." + q(dialect, p), " AND "))
            .append("\nWHEN MATCHED THEN UPDATE SET ")
            .append(WritePlanner.join(write.updated(), p -> q(dialect, p) + " = excluded." + q(dialect, p), ", "));
        if (version != null) {
          merge.append(", ").append(versionColumn).append(" = ").append(table).append('.').append(versionColumn).append(" + 1");
        }
        merge.append("\nWHEN NOT MATCHED THEN INSERT (").append(WritePlanner.columns(dialect, inserted))
            .append(") VALUES (")
            .append(WritePlanner.join(inserted, p -> "excluded." + q(dialect, p), ", "))
            .append(')');
        String text = stored ? "SELECT " + all + "\nFROM FINAL TABLE (" + merge + ")" : merge.toString();
        return new PlannedWrite(
            text, inserted, List.of(),
            stored ? PlannedWrite.RowsBack.RESULT_SET : PlannedWrite.RowsBack.COUNT, null, List.of());
      }
      default -> throw new IllegalArgumentException("no upsert for " + dialect);
    }
  }

  private static void insert(Dialect dialect, String table, List<Property> inserted, StringBuilder sql) {
    sql.append("INSERT INTO ").append(table).append(" (")
        .append(WritePlanner.columns(dialect, inserted))
        .append(")\nVALUES (")
        .append(WritePlanner.placeholders(inserted.size()))
        .append(')');
  }

  private static String q(Dialect dialect, Property property) {
    return Identifiers.quote(dialect, property.column());
  }
}
