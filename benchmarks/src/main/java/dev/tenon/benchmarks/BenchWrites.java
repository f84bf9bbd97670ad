package dev.tenon.benchmarks;

import dev.tenon.Dao;
import dev.tenon.Insert;
import dev.tenon.Update;
import dev.tenon.Upsert;
import dev.tenon.benchmarks.model.LoadedNote;
import dev.tenon.benchmarks.model.SavedNote;
import java.util.List;

/**
 * The Tenon side of the write benchmarks ({@link WriteBenchmark}). Hand-written JDBC runs the SQL
 * Tenon generated for these methods ({@code TenonBenchWrites.*_SQL}), so the ratios measure the
 * call, not the SQL.
 */
@Dao
public interface BenchWrites {

  /** One row; returns the id the database generated for it. */
  @Insert
  long add(LoadedNote note);

  /** Every column by id, checking and bumping the version; rows changed (0 when stale). */
  @Update
  int save(SavedNote note);

  /** Inserts the note, or updates the text of the one this user has on this book. */
  @SuppressWarnings("tenon:upsert-key") // saved_note is UNIQUE (book_id, user_id): see WriteTables
  @Upsert(key = {"bookId", "userId"})
  int put(SavedNote note);

  /** Every note as JDBC batches of DaoSession.WRITE_CHUNK rows; returns how many went in. */
  @Insert
  int addAll(List<LoadedNote> notes);

  /** Every note as a batch, returned as stored with its generated id, in input order. */
  @Insert
  List<LoadedNote> addAllReturning(List<LoadedNote> notes);
}
