package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.Expr;
import dev.tenon.Fetch;
import dev.tenon.GroupBy;
import dev.tenon.InnerJoin;
import dev.tenon.LeftJoin;
import dev.tenon.Limit;
import dev.tenon.Offset;
import dev.tenon.OrderBy;
import dev.tenon.Page;
import dev.tenon.Select;
import dev.tenon.Where;
import dev.tenon.examples.model.AppUser;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.BookNote;
import dev.tenon.examples.model.Sale;
import java.util.List;

/**
 * List pages with a pager: {@code Page<R>} holds one page of rows and how many rows the query
 * matches in all, also for a page past the end, with a batch-loaded collection, and for grouped
 * and DISTINCT queries (counted as groups and distinct rows).
 */
@Dao
public interface Pages {

  /** One page of the books whose name matches, with the number of matching books. */
  @Select(from = Book.class)
  @Where("book.name LIKE :pattern")
  @OrderBy("book.id")
  Page<Book> books(String pattern, @Limit int limit, @Offset int offset);

  /** One page of books, each with all its notes (a second statement per page). */
  @Select(from = Book.class)
  @LeftJoin(path = "book.notes", fetch = Fetch.BATCH)
  @OrderBy("book.id")
  Page<BookWithNotes> booksWithNotes(@Limit int limit, @Offset int offset);

  /** One page of the users who wrote a note: DISTINCT, so the total counts users, not notes. */
  @Select(from = AppUser.class, distinct = true)
  @InnerJoin(path = "appUser.notes")
  @OrderBy("appUser.id")
  Page<AppUser> writers(@Limit int limit);

  /** One page of the sales totals per currency: the total counts currencies. */
  @Select(from = Sale.class, as = "s")
  @GroupBy("s.currency")
  @OrderBy("s.currency")
  @Expr("s.currency")
  Page<String> currencies(@Limit int limit, @Offset int offset);

  record BookWithNotes(Book book, List<BookNote> notes) {}
}
