package dev.tenon.benchmarks;

import static java.util.stream.Collectors.filtering;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import dev.tenon.benchmarks.BenchQueries.AssetWithCount;
import dev.tenon.benchmarks.BenchQueries.BookWithNote;
import dev.tenon.benchmarks.BenchQueries.BookWithNotes;
import dev.tenon.benchmarks.model.Asset;
import dev.tenon.benchmarks.model.Book;
import dev.tenon.benchmarks.model.BookNote;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Record6;
import org.jooq.RecordMapper;
import org.jooq.Records;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ's DSL the way its manual shows it for a project without code generation: tables and typed
 * fields declared once from {@link DSL#name}, the query built with the DSL on every call, bind
 * values, and rows mapped with {@link Records#mapping} into the same records the other contenders
 * return. The {@link DSLContext} wraps the JDBI handle's connection and is made once per trial, as
 * the SqlObject is attached once.
 *
 * <p>Every statement has the shape of Tenon's ({@code TenonBenchQueries.*_SQL}): the filtered
 * {@code LEFT OUTER JOIN … ON (… AND …)}, one LEFT JOIN statement for the folded list (folded in
 * Java with {@code ResultQuery.collect}, not with {@code MULTISET}, which would be a different
 * statement), and the derived table for the count. {@link #main} prints the rendered SQL.
 */
final class Jooq {
  static {
    // The banner and the tip are logged once, when jOOQ starts; they cost nothing per call.
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
  }

  /**
   * Names render unquoted: the tables were created unquoted, so H2 stores them upper case and a
   * quoted {@code "book"} would not find them. Execute logging off: its listener runs on every call.
   */
  static final Settings SETTINGS =
      new Settings()
          .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
          .withExecuteLogging(false);

  static final Table<?> BOOK = DSL.table(DSL.name("book"));
  static final Field<Long> BOOK_ID = DSL.field(DSL.name("book", "id"), SQLDataType.BIGINT);
  static final Field<String> BOOK_NAME = DSL.field(DSL.name("book", "name"), SQLDataType.VARCHAR);

  static final Table<?> NOTE = DSL.table(DSL.name("book_note")).as(DSL.name("note"));
  static final Field<Long> NOTE_ID = DSL.field(DSL.name("note", "id"), SQLDataType.BIGINT);
  static final Field<String> NOTE_TEXT = DSL.field(DSL.name("note", "text"), SQLDataType.VARCHAR);
  static final Field<Long> NOTE_BOOK_ID = DSL.field(DSL.name("note", "book_id"), SQLDataType.BIGINT);
  static final Field<Long> NOTE_USER_ID = DSL.field(DSL.name("note", "user_id"), SQLDataType.BIGINT);

  static final Table<?> ASSET = DSL.table(DSL.name("asset"));
  static final Field<Long> ASSET_ID = DSL.field(DSL.name("asset", "id"), SQLDataType.BIGINT);
  static final Field<String> ASSET_NAME = DSL.field(DSL.name("asset", "name"), SQLDataType.VARCHAR);

  static final Table<?> COUPON = DSL.table(DSL.name("coupon"));
  static final Field<Long> COUPON_ASSET_ID = DSL.field(DSL.name("coupon", "asset_id"), SQLDataType.BIGINT);
  static final Field<Long> COUPON_DEVICE_ID = DSL.field(DSL.name("coupon", "device_id"), SQLDataType.BIGINT);

  /** The derived table of the count: {@code saved(k1, v)}. */
  static final Field<Long> SAVED_K1 = DSL.field(DSL.name("saved", "k1"), SQLDataType.BIGINT);
  static final Field<Long> SAVED_V = DSL.field(DSL.name("saved", "v"), SQLDataType.BIGINT);

  /** A book row with its note's four columns, NULL where the outer join found none. */
  private static final RecordMapper<Record6<Long, String, Long, String, Long, Long>, BookWithNote>
      BOOK_WITH_NOTE =
          Records.mapping(
              (id, name, noteId, text, bookId, userId) ->
                  new BookWithNote(
                      new Book(id, name),
                      noteId == null ? null : new BookNote(noteId, text, bookId, userId)));

  private Jooq() {}

  /** A context on the handle's connection, in the database's dialect. */
  static DSLContext context(Connection connection, String db) {
    SQLDialect dialect =
        switch (db) {
          case "h2" -> SQLDialect.H2;
          case "postgres" -> SQLDialect.POSTGRES;
          default -> throw new IllegalArgumentException("unknown database " + db);
        };
    return DSL.using(connection, dialect, SETTINGS);
  }

  static BookWithNote lookup(DSLContext jooq, long userId, long bookId) {
    return lookupQuery(jooq, userId, bookId).fetchOne(BOOK_WITH_NOTE);
  }

  static List<BookWithNote> page(DSLContext jooq, long userId, long after, int limit) {
    return pageQuery(jooq, userId, after, limit).fetch(BOOK_WITH_NOTE);
  }

  /**
   * One LEFT JOIN statement, sorted by book, streamed through {@code collect} with the JDK's
   * collectors: rows are grouped by book in order of arrival, and a book without notes keeps an
   * empty list.
   */
  static List<BookWithNotes> withNotes(DSLContext jooq, long after, long upTo) {
    Map<Book, List<BookNote>> books =
        withNotesQuery(jooq, after, upTo)
            .collect(
                groupingBy(
                    row -> new Book(row.value1(), row.value2()),
                    LinkedHashMap::new,
                    filtering(
                        row -> row.value3() != null,
                        mapping(
                            row ->
                                new BookNote(
                                    row.value3(), row.value4(), row.value5(), row.value6()),
                            toList()))));
    return books.entrySet().stream()
        .map(book -> new BookWithNotes(book.getKey(), book.getValue()))
        .toList();
  }

  static List<AssetWithCount> savedCounts(DSLContext jooq, long deviceId, long after, long upTo) {
    return savedCountsQuery(jooq, deviceId, after, upTo)
        .fetch(Records.mapping((id, name, saved) -> new AssetWithCount(new Asset(id, name), saved)));
  }

  static ResultQuery<Record6<Long, String, Long, String, Long, Long>> lookupQuery(
      DSLContext jooq, long userId, long bookId) {
    return jooq.select(BOOK_ID, BOOK_NAME, NOTE_ID, NOTE_TEXT, NOTE_BOOK_ID, NOTE_USER_ID)
        .from(BOOK)
        .leftOuterJoin(NOTE)
        .on(NOTE_BOOK_ID.eq(BOOK_ID).and(NOTE_USER_ID.eq(userId)))
        .where(BOOK_ID.eq(bookId));
  }

  static ResultQuery<Record6<Long, String, Long, String, Long, Long>> pageQuery(
      DSLContext jooq, long userId, long after, int limit) {
    return jooq.select(BOOK_ID, BOOK_NAME, NOTE_ID, NOTE_TEXT, NOTE_BOOK_ID, NOTE_USER_ID)
        .from(BOOK)
        .leftOuterJoin(NOTE)
        .on(NOTE_BOOK_ID.eq(BOOK_ID).and(NOTE_USER_ID.eq(userId)))
        .where(BOOK_ID.gt(after))
        .orderBy(BOOK_ID)
        .limit(limit);
  }

  static ResultQuery<Record6<Long, String, Long, String, Long, Long>> withNotesQuery(
      DSLContext jooq, long after, long upTo) {
    return jooq.select(BOOK_ID, BOOK_NAME, NOTE_ID, NOTE_TEXT, NOTE_BOOK_ID, NOTE_USER_ID)
        .from(BOOK)
        .leftOuterJoin(NOTE)
        .on(NOTE_BOOK_ID.eq(BOOK_ID))
        .where(BOOK_ID.gt(after).and(BOOK_ID.le(upTo)))
        .orderBy(BOOK_ID, NOTE_ID);
  }

  /** Tenon's shape: the device's coupons counted per asset in a derived table, joined once. */
  static ResultQuery<Record3<Long, String, Long>> savedCountsQuery(
      DSLContext jooq, long deviceId, long after, long upTo) {
    Table<?> saved =
        DSL.select(COUPON_ASSET_ID.as(DSL.name("k1")), DSL.count().as(DSL.name("v")))
            .from(COUPON)
            .where(COUPON_DEVICE_ID.eq(deviceId))
            .groupBy(COUPON_ASSET_ID)
            .asTable(DSL.name("saved"));
    return jooq.select(ASSET_ID, ASSET_NAME, DSL.coalesce(SAVED_V, DSL.inline(0L)))
        .from(ASSET)
        .leftOuterJoin(saved)
        .on(SAVED_K1.eq(ASSET_ID))
        .where(ASSET_ID.gt(after).and(ASSET_ID.le(upTo)))
        .orderBy(ASSET_ID);
  }

  /**
   * Prints the SQL jOOQ renders for the four scenarios, to compare with Tenon's:
   * {@code java -cp benchmarks.jar dev.tenon.benchmarks.Jooq [h2|postgres]}.
   */
  public static void main(String[] args) {
    DSLContext jooq =
        DSL.using(
            args.length > 0 && args[0].equals("h2") ? SQLDialect.H2 : SQLDialect.POSTGRES,
            SETTINGS);
    for (ResultQuery<?> query :
        List.of(
            lookupQuery(jooq, 3, 1),
            pageQuery(jooq, 3, 0, 100),
            withNotesQuery(jooq, 0, 50),
            savedCountsQuery(jooq, 7, 0, 100))) {
      System.out.println(query.getSQL() + "\n");
    }
  }
}
