package dev.tenon.benchmarks;

import dev.tenon.benchmarks.model.LoadedNote;
import dev.tenon.benchmarks.model.SavedNote;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The writes in jOOQ's DSL without code generation, as its manual shows them: {@code insertInto …
 * returningResult} for the new id, {@code update … set … where}, {@code onConflict … doUpdate} for
 * the upsert (jOOQ renders {@code MERGE} on H2 itself) and {@code batch(…).bind(…)} for the batch,
 * one {@code executeBatch} for all rows. Same settings and context as {@link Jooq}.
 */
final class JooqWrites {
  static final Table<?> LOADED = DSL.table(DSL.name("loaded_note"));
  static final Field<Long> LOADED_ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
  static final Field<String> LOADED_TEXT = DSL.field(DSL.name("text"), SQLDataType.VARCHAR);
  static final Field<Long> LOADED_BOOK = DSL.field(DSL.name("book_id"), SQLDataType.BIGINT);
  static final Field<Long> LOADED_USER = DSL.field(DSL.name("user_id"), SQLDataType.BIGINT);

  static final Table<?> SAVED = DSL.table(DSL.name("saved_note"));
  static final Field<Long> SAVED_ID = DSL.field(DSL.name("id"), SQLDataType.BIGINT);
  static final Field<String> SAVED_TEXT = DSL.field(DSL.name("text"), SQLDataType.VARCHAR);
  static final Field<Long> SAVED_BOOK = DSL.field(DSL.name("book_id"), SQLDataType.BIGINT);
  static final Field<Long> SAVED_USER = DSL.field(DSL.name("user_id"), SQLDataType.BIGINT);
  static final Field<Integer> SAVED_VERSION = DSL.field(DSL.name("version"), SQLDataType.INTEGER);
  /**
   * Qualified for the upsert: in PostgreSQL's {@code DO UPDATE SET version = version + 1} and in
   * the {@code ON} of the {@code MERGE} jOOQ renders for H2 a bare name is ambiguous.
   */
  static final Field<Integer> STORED_VERSION =
      DSL.field(DSL.name("saved_note", "version"), SQLDataType.INTEGER);
  static final Field<Long> STORED_BOOK = DSL.field(DSL.name("saved_note", "book_id"), SQLDataType.BIGINT);
  static final Field<Long> STORED_USER = DSL.field(DSL.name("saved_note", "user_id"), SQLDataType.BIGINT);

  private JooqWrites() {}

  static long add(DSLContext jooq, LoadedNote note) {
    return jooq.insertInto(LOADED, LOADED_TEXT, LOADED_BOOK, LOADED_USER)
        .values(note.text(), note.bookId(), note.userId())
        .returningResult(LOADED_ID)
        .fetchOne()
        .value1();
  }

  static int save(DSLContext jooq, SavedNote note) {
    return jooq.update(SAVED)
        .set(SAVED_TEXT, note.text())
        .set(SAVED_BOOK, note.bookId())
        .set(SAVED_USER, note.userId())
        .set(SAVED_VERSION, SAVED_VERSION.plus(1))
        .where(SAVED_ID.eq(note.id()).and(SAVED_VERSION.eq(note.version())))
        .execute();
  }

  static int put(DSLContext jooq, SavedNote note) {
    return Math.min(
        jooq.insertInto(SAVED, SAVED_TEXT, SAVED_BOOK, SAVED_USER, SAVED_VERSION)
            .values(note.text(), note.bookId(), note.userId(), note.version())
            .onConflict(STORED_BOOK, STORED_USER)
            .doUpdate()
            .set(SAVED_TEXT, note.text())
            .set(SAVED_VERSION, STORED_VERSION.plus(1))
            .execute(),
        1);
  }

  /** The batch, in the transaction the caller opened on the connection. */
  static int addAll(DSLContext jooq, List<LoadedNote> notes) {
    BatchBindStep batch =
        jooq.batch(
            jooq.insertInto(LOADED, LOADED_TEXT, LOADED_BOOK, LOADED_USER)
                .values((String) null, (Long) null, (Long) null));
    for (LoadedNote note : notes) {
      batch.bind(note.text(), note.bookId(), note.userId());
    }
    return HandJdbcWrites.counted(batch.execute());
  }
}
