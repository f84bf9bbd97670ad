package dev.tenon.processor.sql;

import dev.tenon.Dialect;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.WriteModel;
import java.util.List;

/**
 * {@code INSERT INTO t (…) VALUES (…)}, leaving a generated id out. How that id comes back is
 * decided here, per dialect:
 *
 * <ul>
 *   <li>PostgreSQL, one row: {@code RETURNING id}, run as a query. A batch: the driver's
 *       generated keys (pgjdbc appends the same {@code RETURNING} and reads one row per insert of
 *       the batch; an explicit one would make {@code executeBatch} refuse the results).
 *   <li>SQLite (3.35+): {@code RETURNING id}, run as a query, also for each row of a batch (the
 *       engine is in-process: a statement per row costs no round trip).
 *   <li>MySQL/MariaDB and H2: {@code getGeneratedKeys()}, for one row or a batch. MySQL has no
 *       {@code RETURNING} (MariaDB 10.5+ does, but one {@code MYSQL} DAO serves both), and both
 *       drivers give the batch's keys in input order.
 * </ul>
 */
final class InsertSql {
  private InsertSql() {}

  static PlannedWrite plan(WriteModel write, Dialect dialect) {
    List<Property> inserted = WritePlanner.inserted(write);
    String table = Identifiers.quote(dialect, write.entity().table());
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(table);
    if (inserted.isEmpty()) {
      sql.append(dialect == Dialect.MYSQL ? " () VALUES ()" : " DEFAULT VALUES");
    } else {
      sql.append(" (")
          .append(WritePlanner.columns(dialect, inserted))
          .append(")\nVALUES (")
          .append(WritePlanner.placeholders(inserted.size()))
          .append(')');
    }
    PlannedWrite.RowsBack back = PlannedWrite.RowsBack.COUNT;
    if (write.readsGeneratedKey()) {
      boolean returning = dialect == Dialect.SQLITE || (dialect == Dialect.POSTGRES && !write.batch());
      if (returning) {
        sql.append("\nRETURNING ").append(Identifiers.quote(dialect, write.entity().generatedId().column()));
        back = PlannedWrite.RowsBack.RESULT_SET;
      } else {
        back = PlannedWrite.RowsBack.GENERATED_KEYS;
      }
    }
    return new PlannedWrite(sql.toString(), inserted, List.of(), back, null, List.of());
  }
}
