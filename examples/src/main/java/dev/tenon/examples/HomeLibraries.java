package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.InnerJoin;
import dev.tenon.LeftJoin;
import dev.tenon.Nullable;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.BookNote;
import java.util.List;

/** Scenario 9, multi-hop: a chain of joins, each starting at the alias the one before declared. */
@Dao
public interface HomeLibraries {

  /**
   * "Books held by users whose profile says they are at home in this country": book → inventory →
   * user → profile, the filter on the last hop. A book held by two such users is listed once.
   */
  @Select(from = Book.class, distinct = true)
  @InnerJoin(path = "book.inventories", as = "inventory")
  @InnerJoin(path = "inventory.user", as = "holder")
  @InnerJoin(path = "holder.profiles", as = "profile", on = "profile.homeCountry = :country")
  @OrderBy("book.id")
  List<Book> booksHeldByUsersAtHomeIn(String country);

  /**
   * "The books this user holds, each with the note that user wrote on it, or null". The outer
   * join's {@code on} names the inner join written above it: joins are read, and written into the
   * SQL, in the order written.
   */
  @Select(from = Book.class)
  @InnerJoin(path = "book.inventories", as = "copy", on = "copy.userId = :userId")
  @LeftJoin(path = "book.notes", as = "note", on = "note.userId = copy.userId")
  @OrderBy("book.id")
  List<HeldBook> heldBooksWithTheHoldersNote(long userId);

  record HeldBook(Book book, @Nullable BookNote note) {}
}
