package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.LeftJoin;
import dev.tenon.Nullable;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Where;
import dev.tenon.examples.model.AppUser;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.BookNote;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Scenario 13, hostile input: quotes, injection attempts, empty lists and missing rows. Every value
 * below is bound as a JDBC parameter; none is ever part of the SQL text.
 */
@Dao
public interface HostileInput {

  /** "The book with this id, if there is one": empty rather than null or an exception. */
  @Select(from = Book.class)
  @Where("book.id = :id")
  Optional<Book> byId(long id);

  /** "The book with exactly this name": null when there is none. */
  @Select(from = Book.class)
  @Where("book.name = :name")
  Book byName(String name);

  /** "The books with these ids": an empty collection matches nothing and is not an SQL error. */
  @Select(from = Book.class)
  @Where("book.id IN (:ids)")
  @OrderBy("book.id")
  List<Book> byIds(Collection<Long> ids);

  /** "The user with exactly this name", such as {@code O'Brien}. */
  @Select(from = AppUser.class)
  @Where("appUser.name = :name")
  Optional<AppUser> userNamed(String name);

  /** "The notes whose text is exactly this", even when the text is an injection attempt. */
  @Select(from = BookNote.class)
  @Where("bookNote.text = :text")
  @OrderBy("bookNote.id")
  List<BookNote> notesWithText(String text);

  /**
   * "All books, each with its note matching this LIKE pattern, or null": the pattern may hold
   * quotes and semicolons; books without a match keep their row.
   */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", as = "note", on = "note.text LIKE :pattern")
  @OrderBy({"book.id", "note.id"})
  List<BookWithMatchingNote> booksWithNoteLike(String pattern);

  /** A book and a note on it that matched, or null. */
  record BookWithMatchingNote(Book book, @Nullable BookNote note) {}
}
