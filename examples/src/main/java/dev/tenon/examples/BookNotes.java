package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.Expr;
import dev.tenon.LeftJoin;
import dev.tenon.Limit;
import dev.tenon.Nullable;
import dev.tenon.Offset;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.BookNote;
import java.util.List;
import java.util.Optional;

/**
 * Scenarios 1 to 3: books with notes that one user wrote. The condition on the user belongs in the
 * join's {@code on}, so a book without that user's note keeps its row, with NULL for the note,
 * instead of disappearing as it does when the condition sits in WHERE.
 */
@Dao
public interface BookNotes {

  /**
   * Scenario 1, "All books, each with this user's note, or null": one row per book.
   *
   * <pre>{@code
   * FROM book book
   * LEFT OUTER JOIN book_note usernote ON (usernote.book_id = book.id AND usernote.user_id = ?)
   * }</pre>
   */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
  @OrderBy("book.id")
  List<BookWithNote> booksWithNoteOf(long userId);

  /**
   * Scenario 1 for a list view, "One page of the books, each with this user's note": the page
   * counts books, since the joined note is one value per book, not a collection.
   */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
  @OrderBy("book.id")
  List<BookWithNote> pageOfBooksWithNoteOf(long userId, @Limit int limit, @Offset int offset);

  /**
   * Scenario 2, "My note and my co-author's note on each book": the same relation joined twice,
   * under two aliases, each with its own condition.
   */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", as = "mine", on = "mine.userId = :userId")
  @LeftJoin(path = "book.notes", as = "theirs", on = "theirs.userId = :coauthorId")
  @OrderBy("book.id")
  List<BookWithTwoNotes> booksWithNotesOf(long userId, long coauthorId);

  /**
   * Scenario 3, "Just each book's name and this user's note text": a projection of joined columns
   * into a small record, the text null where the user wrote nothing.
   */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
  @OrderBy("book.id")
  List<TitleAndNote> titlesWithNoteOf(long userId);

  /** A book and one user's note on it; the note is null where that user wrote none. */
  record BookWithNote(Book book, @Nullable BookNote usernote) {}

  /** A book with two users' notes; each is empty where that user wrote none. */
  record BookWithTwoNotes(Book book, Optional<BookNote> mine, Optional<BookNote> theirs) {}

  /** A book's name and one user's note text, or null. */
  record TitleAndNote(
      @Expr("book.name") String title, @Expr("usernote.text") @Nullable String note) {}
}
