package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.Fetch;
import dev.tenon.LeftJoin;
import dev.tenon.Limit;
import dev.tenon.Nullable;
import dev.tenon.Offset;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.examples.model.AppUser;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.BookNote;
import java.util.List;

/**
 * Scenario 7, filtered collections (Django's {@code prefetch_related(Prefetch(queryset=…))}): each
 * book with the list of its notes that match a pattern, empty where none does. Two strategies give
 * the same answer: {@code Fetch.JOIN} folds one joined statement, {@code Fetch.BATCH} runs a second
 * statement keyed by the books' ids, and is the one that pages right.
 */
@Dao
public interface NoteCollections {

  /**
   * Scenario 7 with {@code Fetch.JOIN}, "Each book with its notes matching this LIKE pattern": one
   * statement, folded per book.
   *
   * <pre>{@code
   * FROM book book
   * LEFT OUTER JOIN book_note notes ON (notes.book_id = book.id AND notes.text LIKE ?)
   * ORDER BY book.id, notes.id
   * }</pre>
   */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", on = "notes.text LIKE :pattern")
  @OrderBy("book.id")
  List<BookWithNotes> booksWithNotesLike(String pattern);

  /**
   * Scenario 7 with {@code Fetch.BATCH}, the same question: the books, then their matching notes by
   * a second statement, {@code … WHERE notes.book_id IN (the books' ids) AND notes.text LIKE ?}.
   */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", on = "notes.text LIKE :pattern", fetch = Fetch.BATCH)
  @OrderBy("book.id")
  List<BookWithNotes> booksWithNotesLikeBatched(String pattern);

  /**
   * Scenario 7 for a list view, "One page of the books, each with its notes matching the pattern":
   * the page counts books, whatever the number of notes, because the notes come from a second
   * statement.
   */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", on = "notes.text LIKE :pattern", fetch = Fetch.BATCH)
  @OrderBy("book.id")
  List<BookWithNotes> pageOfBooksWithNotesLike(
      String pattern, @Limit int limit, @Offset int offset);

  /**
   * "Each book with its notes matching the pattern, each note with its author": a to-one join under
   * the collection, folded into the list's elements.
   */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", on = "notes.text LIKE :pattern")
  @LeftJoin(path = "notes.user", as = "author")
  @OrderBy("book.id")
  List<BookWithAuthoredNotes> booksWithAuthoredNotesLike(String pattern);

  /** The same with {@code Fetch.BATCH}: the author is joined inside the second statement. */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", on = "notes.text LIKE :pattern", fetch = Fetch.BATCH)
  @LeftJoin(path = "notes.user", as = "author")
  @OrderBy("book.id")
  List<BookWithAuthoredNotes> booksWithAuthoredNotesLikeBatched(String pattern);

  /** A book and its matching notes, in note id order; empty where none matched. */
  record BookWithNotes(Book book, List<BookNote> notes) {}

  /** A book and its matching notes, each with its author. */
  record BookWithAuthoredNotes(Book book, List<AuthoredNote> notes) {}

  /**
   * A note ({@code notes}, the collection's alias) and its author. The author is {@code @Nullable}
   * because it is outer-joined, though the foreign key means every note has one.
   */
  record AuthoredNote(BookNote notes, @Nullable AppUser author) {}
}
