package dev.tenon.benchmarks;

import dev.tenon.Count;
import dev.tenon.Dao;
import dev.tenon.Exists;
import dev.tenon.LeftJoin;
import dev.tenon.Limit;
import dev.tenon.Nullable;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Where;
import dev.tenon.benchmarks.model.Asset;
import dev.tenon.benchmarks.model.Book;
import dev.tenon.benchmarks.model.BookNote;
import dev.tenon.benchmarks.model.Coupon;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Tenon side of every benchmark. The other contenders run the SQL Tenon generated for these
 * methods ({@code TenonBenchQueries.*_SQL}), so per-call ratios measure the call, not the SQL.
 */
@Dao
public interface BenchQueries {

  /** (a) One book with this user's note, or null: a one-row lookup with a filtered LEFT JOIN. */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
  @Where("book.id = :bookId")
  BookWithNote lookup(long userId, long bookId);

  /** (b) A page of books after a key, each with this user's note or null. */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
  @Where("book.id > :after")
  @OrderBy("book.id")
  List<BookWithNote> page(long userId, long after, @Limit int limit);

  /**
   * (b) with four optional filters, two of them given per call: the combination's statement is
   * picked per call from ones made at compile time. Measured against {@link #pageFixedFilters}.
   */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
  @Where("book.id > :after")
  @Where(value = "book.name <> :notNamed", optional = true)
  @Where(value = "book.id <= :upTo", optional = true)
  @Where(value = "book.name LIKE :like", optional = true)
  @Where(value = "book.id <> :except", optional = true)
  @OrderBy("book.id")
  List<BookWithNote> pageOptionalFilters(
      long userId,
      long after,
      @dev.tenon.Nullable String notNamed,
      @dev.tenon.Nullable Long upTo,
      @dev.tenon.Nullable String like,
      @dev.tenon.Nullable Long except,
      @Limit int limit);

  /** The same page with the two filters given there written as fixed conditions. */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
  @Where("book.id > :after")
  @Where("book.id <= :upTo")
  @Where("book.id <> :except")
  @OrderBy("book.id")
  List<BookWithNote> pageFixedFilters(
      long userId, long after, long upTo, long except, @Limit int limit);

  /** (c) The books in a key range, each with all its notes folded into a list. */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", as = "notes")
  @Where("book.id > :after AND book.id <= :upTo")
  @OrderBy({"book.id", "notes.id"})
  List<BookWithNotes> withNotes(long after, long upTo);

  /** (d) The assets in a key range, each with the number of coupons this device saved for it. */
  @Select(from = Asset.class)
  @Count(path = "asset.coupons", where = "coupons.deviceId = :deviceId", as = "saved")
  @Where("asset.id > :after AND asset.id <= :upTo")
  @OrderBy("asset.id")
  List<AssetWithCount> savedCounts(long deviceId, long after, long upTo);

  /** SQL quality: every book with this user's note, or null. */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
  @OrderBy("book.id")
  List<BookWithNote> allBooksWithNote(long userId);

  /** SQL quality: every asset with the number of coupons this device saved for it. */
  @Select(from = Asset.class)
  @Count(path = "asset.coupons", where = "coupons.deviceId = :deviceId", as = "saved")
  @OrderBy("asset.id")
  List<AssetWithCount> allSavedCounts(long deviceId);

  /**
   * SQL quality: a device's home screen, the featured assets (ids up to {@code featured}) and every
   * asset the device saved a coupon for, saved first. The flag is used in SELECT, WHERE and ORDER BY.
   */
  @Select(from = Asset.class)
  @Exists(path = "asset.coupons", where = "coupons.deviceId = :deviceId", as = "saved")
  @Where("saved OR asset.id <= :featured")
  @OrderBy({"saved DESC", "asset.id"})
  List<AssetWithFlag> savedOrFeatured(long deviceId, long featured);

  /** Streaming: every coupon, in key order. */
  @Select(from = Coupon.class)
  @OrderBy("coupon.id")
  Stream<Coupon> allCoupons();

  /** A book and one user's note on it, null where that user wrote none. */
  record BookWithNote(Book book, @Nullable BookNote usernote) {}

  /** A book and every note on it (empty when none). */
  record BookWithNotes(Book book, List<BookNote> notes) {}

  /** An asset and whether one device saved a coupon for it. */
  record AssetWithFlag(Asset asset, boolean saved) {}

  /** An asset and how many coupons one device saved for it (0 when none). */
  record AssetWithCount(Asset asset, long saved) {}
}
