package dev.tenon.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.Dialect;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.Parameter;
import dev.tenon.processor.model.ParameterRole;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.ValueKind;
import dev.tenon.processor.model.ValueType;
import dev.tenon.processor.model.WriteKind;
import dev.tenon.processor.model.WriteModel;
import dev.tenon.processor.model.WriteReturn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SQL of each write kind per dialect, and what its {@code ?}s bind, from plain models. */
class WritePlanTest {
  private static final Property ID =
      new Property("id", "id", ValueType.of(ValueKind.LONG), true, true, false, false, "id", Origin.NONE);
  private static final Property TEXT = column("text", ValueKind.STRING);
  private static final Property BOOK_ID = column("bookId", ValueKind.LONG);
  private static final Property USER_ID = column("userId", ValueKind.LONG);
  private static final Property VERSION =
      new Property("version", "version", ValueType.of(ValueKind.INT), false, false, true, false, "version", Origin.NONE);
  private static final Entity NOTE =
      new Entity("test.Note", "Note", "note", List.of(ID, TEXT, BOOK_ID, USER_ID, VERSION), Origin.NONE);
  private static final Alias ALIAS = new Alias("note", NOTE, false);

  private static Property column(String name, ValueKind kind) {
    String column = name.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    return new Property(name, column, ValueType.of(kind), false, false, false, false, name, Origin.NONE);
  }

  private static WriteModel entityWrite(WriteKind kind, boolean batch, WriteReturn returns) {
    return entityWrite(kind, batch, returns, List.of(), List.of());
  }

  private static WriteModel entityWrite(
      WriteKind kind, boolean batch, WriteReturn returns, List<Property> key, List<Property> updated) {
    return new WriteModel(
        null, "Notes.write", kind, ALIAS, "note", batch, returns, List.of(), null, Map.of(), List.of(), key, updated);
  }

  private static void assertSql(WriteModel write, Dialect dialect, String sql) {
    assertEquals(sql, WritePlanner.plan(write, dialect).sql(), dialect.name());
  }

  @Test
  void insertLeavesTheGeneratedIdOutAndReadsItBackPerDialect() {
    WriteModel single = entityWrite(WriteKind.INSERT, false, WriteReturn.ENTITY);
    String plain = "INSERT INTO note (text, book_id, user_id, version)\nVALUES (?, ?, ?, ?)";
    assertSql(single, Dialect.POSTGRES, plain + "\nRETURNING id");
    assertSql(single, Dialect.SQLITE, plain + "\nRETURNING id");
    assertSql(single, Dialect.H2, plain);
    assertSql(single, Dialect.MYSQL, plain);
    assertEquals(PlannedWrite.RowsBack.RESULT_SET, WritePlanner.plan(single, Dialect.POSTGRES).rowsBack());
    assertEquals(PlannedWrite.RowsBack.GENERATED_KEYS, WritePlanner.plan(single, Dialect.MYSQL).rowsBack());
    assertEquals(List.of(TEXT, BOOK_ID, USER_ID, VERSION), WritePlanner.plan(single, Dialect.H2).columns());

    WriteModel batch = entityWrite(WriteKind.INSERT, true, WriteReturn.ENTITY_LIST);
    assertSql(batch, Dialect.POSTGRES, plain); // pgjdbc adds RETURNING for the batch's keys
    assertEquals(PlannedWrite.RowsBack.GENERATED_KEYS, WritePlanner.plan(batch, Dialect.POSTGRES).rowsBack());
    assertSql(batch, Dialect.SQLITE, plain + "\nRETURNING id");

    WriteModel count = entityWrite(WriteKind.INSERT, true, WriteReturn.INT);
    assertSql(count, Dialect.POSTGRES, plain);
    assertEquals(PlannedWrite.RowsBack.COUNT, WritePlanner.plan(count, Dialect.SQLITE).rowsBack());
  }

  @Test
  void updateOfAnEntitySetsEveryOtherColumnAndChecksTheVersion() {
    WriteModel update = entityWrite(WriteKind.UPDATE, false, WriteReturn.INT);
    for (Dialect dialect : List.of(Dialect.H2, Dialect.POSTGRES, Dialect.MYSQL, Dialect.SQLITE)) {
      assertSql(
          update,
          dialect,
          "UPDATE note\nSET text = ?, book_id = ?, user_id = ?, version = version + 1\n"
              + "WHERE id = ? AND version = ?");
    }
    assertEquals(List.of(TEXT, BOOK_ID, USER_ID, ID, VERSION), WritePlanner.plan(update, Dialect.H2).columns());
  }

  @Test
  void declaredUpdateAndDeleteUseTheAliasAndBindParametersInTextOrder() {
    Parameter text = new Parameter("text", ValueType.of(ValueKind.STRING), false, ParameterRole.VALUE, Origin.NONE);
    Parameter userId = new Parameter("userId", ValueType.of(ValueKind.LONG), false, ParameterRole.VALUE, Origin.NONE);
    Map<String, Parameter> parameters = new LinkedHashMap<>();
    parameters.put("userId", userId);
    parameters.put("text", text);
    WriteModel update =
        new WriteModel(
            null, "Notes.retext", WriteKind.UPDATE, ALIAS, null, false, WriteReturn.INT,
            List.of(new WriteModel.Assignment(TEXT, Fixture.expr("upper(:text)"))),
            Fixture.expr("note.userId = :userId"), parameters, List.of(), List.of(), List.of());
    PlannedWrite planned = WritePlanner.plan(update, Dialect.POSTGRES);
    assertEquals(
        "UPDATE note AS note\nSET text = UPPER(?), version = note.version + 1\nWHERE note.user_id = ?",
        planned.sql());
    assertEquals(List.of("text", "userId"), planned.parameters().stream().map(b -> b.parameter().name()).toList());

    WriteModel delete =
        new WriteModel(
            null, "Notes.removeAllOf", WriteKind.DELETE, ALIAS, null, false, WriteReturn.INT, List.of(),
            Fixture.expr("note.userId = :userId"), parameters, List.of(), List.of(), List.of());
    assertSql(delete, Dialect.H2, "DELETE FROM note AS note\nWHERE note.user_id = ?");
    assertSql(delete, Dialect.MYSQL, "DELETE note FROM note AS note\nWHERE note.user_id = ?");
    assertSql(
        entityWrite(WriteKind.DELETE, false, WriteReturn.INT), Dialect.SQLITE, "DELETE FROM note\nWHERE id = ? AND version = ?");
  }

  @Test
  void upsertPerDialect() {
    WriteModel put = entityWrite(WriteKind.UPSERT, false, WriteReturn.ENTITY, List.of(BOOK_ID, USER_ID), List.of(TEXT));
    String insert = "INSERT INTO note (text, book_id, user_id, version)\nVALUES (?, ?, ?, ?)\n";
    assertSql(
        put,
        Dialect.POSTGRES,
        insert
            + "ON CONFLICT (book_id, user_id) DO UPDATE SET text = EXCLUDED.text, version = note.version + 1\n"
            + "RETURNING id, text, book_id, user_id, version");
    assertSql(
        put,
        Dialect.SQLITE,
        insert
            + "ON CONFLICT (book_id, user_id) DO UPDATE SET text = EXCLUDED.text, version = note.version + 1\n"
            + "RETURNING id, text, book_id, user_id, version");
    PlannedWrite mysql = WritePlanner.plan(put, Dialect.MYSQL);
    assertEquals(insert + "ON DUPLICATE KEY UPDATE text = VALUES(text), version = version + 1", mysql.sql());
    assertEquals("SELECT id, text, book_id, user_id, version\nFROM note\nWHERE book_id = ? AND user_id = ?", mysql.reread());
    assertEquals(List.of(BOOK_ID, USER_ID), mysql.rereadColumns());
    assertSql(
        put,
        Dialect.H2,
        "SELECT id, text, book_id, user_id, version\n"
            + "FROM FINAL TABLE (MERGE INTO note USING (VALUES (?, ?, ?, ?)) AS excluded (text, book_id, user_id, version)\n"
            + "ON note.book_id = excluded.book_id AND note.user_id = excluded.user_id\n"
            + "WHEN MATCHED THEN UPDATE SET text = excluded.text, version = note.version + 1\n"
            + "WHEN NOT MATCHED THEN INSERT (text, book_id, user_id, version)"
            + " VALUES (excluded.text, excluded.book_id, excluded.user_id, excluded.version))");
    WriteModel count = entityWrite(WriteKind.UPSERT, true, WriteReturn.INT, List.of(BOOK_ID, USER_ID), List.of(TEXT));
    assertEquals(null, WritePlanner.plan(count, Dialect.MYSQL).reread());
    assertEquals(
        insert + "ON CONFLICT (book_id, user_id) DO UPDATE SET text = EXCLUDED.text, version = note.version + 1",
        WritePlanner.plan(count, Dialect.POSTGRES).sql());
  }
}
