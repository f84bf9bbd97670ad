package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.Delete;
import dev.tenon.Exists;
import dev.tenon.Insert;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Update;
import dev.tenon.Upsert;
import dev.tenon.Where;
import dev.tenon.examples.model.ImportedNote;
import dev.tenon.examples.model.Note;
import java.util.List;
import java.util.Optional;

/**
 * The notes scenario written through Tenon: add a note, edit it, "set my note on this book" in one
 * call, an edit from a stale copy refused, deletes by condition (also through a relation), and a
 * batch import. Every statement is made at compile time for each dialect; see the README's
 * "Writes" section for the SQL.
 */
@Dao
public interface NoteWrites {

  /** Adds a note; returns it as stored, with the id the database assigned. */
  @Insert
  Note add(Note note);

  /** Adds a note; returns only its new id. */
  @Insert
  long addForId(Note note);

  /** Adds every note as one JDBC batch; returns how many rows were inserted. */
  @Insert
  int addAll(List<Note> notes);

  /** Adds every note as one batch; returns them as stored, in input order, each with its id. */
  @Insert
  List<Note> addAllReturning(List<Note> notes);

  /** Saves every column of the note by its id if its version is still the stored one; 0 if not. */
  @Update
  int save(Note note);

  /** Saves the note and returns it with its new version; a stale copy throws StaleRowException. */
  @Update
  Note saveChecked(Note note);

  /** Saves every note of the batch; a stale one throws StaleRowException and nothing is saved. */
  @Update
  void saveAll(List<Note> notes);

  /** Changes one note's text, whatever its version (which goes up by one). */
  @Update(of = Note.class, set = {"text = :text"}, where = "note.id = :id")
  int retext(long id, String text);

  /** Upper-cases every note of a user, in the database: the new value is an expression. */
  @Update(of = Note.class, set = {"text = upper(note.text)"}, where = "note.userId = :userId")
  int shout(long userId);

  /** Deletes the note by id and version; 0 when it changed or went since it was read. */
  @Delete
  int remove(Note note);

  /** Deletes the note by id and version; a stale copy throws StaleRowException. */
  @Delete
  void removeChecked(Note note);

  /** Deletes every note of one user. */
  @Delete(from = Note.class, where = "note.userId = :userId")
  int removeAllOf(long userId);

  /**
   * Deletes the notes on books with this name: one DELETE with an EXISTS subquery on the book,
   * never a load of the rows first.
   */
  @Delete(from = Note.class, where = "onBook")
  @Exists(path = "note.book", where = "book.name = :bookName", as = "onBook")
  int removeNotesOnBooksNamed(String bookName);

  /** Deletes every note. */
  @Delete(from = Note.class, all = true)
  int removeAll();

  /**
   * "Set my note on this book": inserts it, or updates the text of the note this user already has
   * on this book (keeping its id, incrementing its version). The table is unique on the key.
   */
  @SuppressWarnings("tenon:upsert-key") // note is UNIQUE (book_id, user_id): see db/migration
  @Upsert(key = {"bookId", "userId"})
  Note put(Note note);

  /** {@link #put} for many notes, as one batch; each row counts once. */
  @SuppressWarnings("tenon:upsert-key")
  @Upsert(key = {"bookId", "userId"})
  int putAll(List<Note> notes);

  /** Every note, by id. */
  @Select(from = Note.class)
  @OrderBy("note.id")
  List<Note> all();

  /** One note. */
  @Select(from = Note.class)
  @Where("note.id = :id")
  Optional<Note> find(long id);

  /** Loads a bulk import as batches; returns the rows inserted. */
  @Insert
  long importAll(Iterable<ImportedNote> notes);

  /** Loads a bulk import as batches and returns the rows as stored, each with its id. */
  @Insert
  List<ImportedNote> importAllReturning(List<ImportedNote> notes);

  /** How many imported notes there are, read back for checks. */
  @Select(from = ImportedNote.class)
  @OrderBy("importedNote.id")
  List<ImportedNote> imported();

  /** Empties the import table. */
  @Delete(from = ImportedNote.class, all = true)
  int clearImported();
}
