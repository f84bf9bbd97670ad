package dev.tenon.examples;

import dev.tenon.Count;
import dev.tenon.Dao;
import dev.tenon.LeftJoin;
import dev.tenon.Nullable;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Where;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.Inventory;
import java.util.List;

/**
 * Scenario 10, no surprise duplicate joins. An ORM list view that filters and counts over relations
 * joins tables behind the user's back, and a count next to another to-many join is multiplied by it
 * (Dune's 2 notes times its 2 copies makes 4). Here a join exists only where an alias is declared,
 * and a count is its own derived table, joined once.
 */
@Dao
public interface BookListings {

  /**
   * Scenario 10, "Books whose name matches this pattern (every book when it is null), each with its
   * number of notes, its number of copies, and the copies themselves": two counts next to a folded
   * to-many join, each still counting right.
   */
  @Select(from = Book.class)
  @LeftJoin(path = "book.inventories", as = "copies")
  @Count(path = "book.notes", as = "noteCount")
  @Count(path = "book.inventories", as = "copyCount")
  @Where(":namePattern IS NULL OR book.name LIKE :namePattern")
  @OrderBy("book.id")
  List<BookListing> listing(@Nullable String namePattern);

  /** A book, its counts, and its copies in id order. */
  record BookListing(Book book, long noteCount, long copyCount, List<Inventory> copies) {}
}
