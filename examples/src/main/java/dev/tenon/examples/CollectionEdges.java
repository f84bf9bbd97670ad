package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.Fetch;
import dev.tenon.InnerJoin;
import dev.tenon.LeftJoin;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.examples.model.AppUser;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.BookNote;
import dev.tenon.examples.model.Inventory;
import java.util.List;
import java.util.stream.Stream;

/**
 * Collections at their edges, where a naive SQL shape gives different answers for the same
 * declaration: an inner join under an outer-joined collection, and a stream sorted by a
 * collection's column. Folded (JOIN), batched and streamed forms must all agree.
 */
@Dao
public interface CollectionEdges {

  /**
   * "Each book with its notes matching a pattern that have an author": the inner join to the
   * author is nested inside the notes' outer join, so books without such notes keep their row.
   */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", on = "notes.text LIKE :pattern")
  @InnerJoin(path = "notes.user", as = "author")
  @OrderBy("book.id")
  List<BookWithAuthoredNotes> authoredNotesJoined(String pattern);

  /** The same, with the notes loaded by a second statement. */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", on = "notes.text LIKE :pattern", fetch = Fetch.BATCH)
  @InnerJoin(path = "notes.user", as = "author")
  @OrderBy("book.id")
  List<BookWithAuthoredNotes> authoredNotesBatched(String pattern);

  /** Books with their notes in text order, as a stream: each book is emitted once. */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes")
  @OrderBy({"book.id", "notes.text"})
  Stream<BookWithNotes> notesByTextStreamed();

  /** The same as a list. */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes")
  @OrderBy({"book.id", "notes.text"})
  List<BookWithNotes> notesByText();

  /** A stream sorted by a collection column first: the root's rows still arrive together. */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes")
  @OrderBy("notes.text")
  Stream<BookWithNotes> notesByTextOnlyStreamed();

  /** The same as a list. */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes")
  @OrderBy("notes.text")
  List<BookWithNotes> notesByTextOnly();

  /**
   * Two collections folded from one statement: a book's rows multiply (its notes times its copies),
   * its lists must not. The warning says so; here the multiplication is what is being tested.
   */
  @SuppressWarnings("tenon:multiplying-collections")
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes")
  @LeftJoin(path = "book.inventories", as = "copies")
  @OrderBy({"book.id", "notes.id", "copies.id"})
  List<BookWithNotesAndCopies> notesAndCopies();

  /** The same, each list loaded by its own statement, so nothing multiplies. */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", fetch = Fetch.BATCH)
  @LeftJoin(path = "book.inventories", as = "copies", fetch = Fetch.BATCH)
  @OrderBy("book.id")
  List<BookWithNotesAndCopies> notesAndCopiesBatched();

  /** A book with its notes. */
  record BookWithNotes(Book book, List<BookNote> notes) {}

  /** A book with its notes and its copies. */
  record BookWithNotesAndCopies(Book book, List<BookNote> notes, List<Inventory> copies) {}

  /** A book with its notes that have an author. */
  record BookWithAuthoredNotes(Book book, List<AuthoredNote> notes) {}

  /** A note and its author, who is there whenever the note is (an inner join). */
  record AuthoredNote(BookNote notes, AppUser author) {}
}
