package dev.tenon.benchmarks;

import dev.tenon.benchmarks.model.LoadedNote;
import dev.tenon.benchmarks.model.SavedNote;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The writes as a JDBI SqlObject is usually written: {@code @SqlUpdate} with named parameters bound
 * from the record's accessors ({@code @BindMethods}), {@code @GetGeneratedKeys} for the new id, and
 * {@code @SqlBatch} for the batch (one {@code executeBatch} for all rows). The statements are
 * Tenon's, with names for the question marks.
 */
public interface JdbiSqlObjectWrites {

  @SqlUpdate("INSERT INTO loaded_note (text, book_id, user_id) VALUES (:text, :bookId, :userId)")
  @GetGeneratedKeys("id")
  long add(@BindMethods LoadedNote note);

  @SqlUpdate(
      "UPDATE saved_note SET text = :text, book_id = :bookId, user_id = :userId,"
          + " version = version + 1 WHERE id = :id AND version = :version")
  int save(@BindMethods SavedNote note);

  @SqlUpdate(
      "INSERT INTO saved_note (text, book_id, user_id, version) VALUES (:text, :bookId, :userId, :version)"
          + " ON CONFLICT (book_id, user_id) DO UPDATE SET text = EXCLUDED.text,"
          + " version = saved_note.version + 1")
  int putPostgres(@BindMethods SavedNote note);

  @SqlUpdate(
      "MERGE INTO saved_note USING (VALUES (:text, :bookId, :userId, :version))"
          + " AS excluded (text, book_id, user_id, version)"
          + " ON saved_note.book_id = excluded.book_id AND saved_note.user_id = excluded.user_id"
          + " WHEN MATCHED THEN UPDATE SET text = excluded.text, version = saved_note.version + 1"
          + " WHEN NOT MATCHED THEN INSERT (text, book_id, user_id, version)"
          + " VALUES (excluded.text, excluded.book_id, excluded.user_id, excluded.version)")
  int putH2(@BindMethods SavedNote note);

  @SqlBatch("INSERT INTO loaded_note (text, book_id, user_id) VALUES (:text, :bookId, :userId)")
  int[] addAll(@BindMethods List<LoadedNote> notes);
}
