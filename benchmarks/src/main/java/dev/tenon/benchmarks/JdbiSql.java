package dev.tenon.benchmarks;

/**
 * The SQL the two JDBI contenders run: Tenon's statements with named parameters, and for the
 * reflective mappers column labels with a prefix per entity ({@code b_id}, {@code n_text}, …).
 */
final class JdbiSql {
  private JdbiSql() {}

  private static final String BOOK_WITH_NOTE_COLUMNS =
      "SELECT book.id AS b_id, book.name AS b_name, usernote.id AS n_id, usernote.text AS n_text,"
          + " usernote.book_id AS n_book_id, usernote.user_id AS n_user_id\n"
          + "FROM book book\n"
          + "LEFT OUTER JOIN book_note usernote"
          + " ON (usernote.book_id = book.id AND usernote.user_id = :userId)\n";

  static final String LOOKUP = BOOK_WITH_NOTE_COLUMNS + "WHERE book.id = :bookId";

  static final String PAGE =
      BOOK_WITH_NOTE_COLUMNS + "WHERE book.id > :after\nORDER BY book.id\nLIMIT :limit";

  static final String WITH_NOTES =
      "SELECT book.id AS b_id, book.name AS b_name, notes.id AS n_id, notes.text AS n_text,"
          + " notes.book_id AS n_book_id, notes.user_id AS n_user_id\n"
          + "FROM book book\n"
          + "LEFT OUTER JOIN book_note notes ON (notes.book_id = book.id)\n"
          + "WHERE book.id > :after AND book.id <= :upTo\n"
          + "ORDER BY book.id, notes.id";

  static final String SAVED_COUNTS =
      "SELECT asset.id AS a_id, asset.name AS a_name, COALESCE(saved.v, 0) AS saved\n"
          + "FROM asset asset\n"
          + "LEFT OUTER JOIN (SELECT coupons.asset_id AS k1, COUNT(*) AS v FROM coupon coupons"
          + " WHERE coupons.device_id = :deviceId GROUP BY coupons.asset_id) saved"
          + " ON (saved.k1 = asset.id)\n"
          + "WHERE asset.id > :after AND asset.id <= :upTo\n"
          + "ORDER BY asset.id";
}
