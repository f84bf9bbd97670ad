package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.InnerJoin;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.examples.model.Book;
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
}
