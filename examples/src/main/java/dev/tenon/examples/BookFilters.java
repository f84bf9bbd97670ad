package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.Exists;
import dev.tenon.Limit;
import dev.tenon.Nullable;
import dev.tenon.OrderBy;
import dev.tenon.Page;
import dev.tenon.Select;
import dev.tenon.Where;
import dev.tenon.examples.model.Book;
import java.util.List;

/**
 * A list view's optional filters: each {@code @Where(optional = true)} is left out when its
 * parameter is null, and the {@code @Exists} only the "noted by" filter uses goes with it. Every
 * combination has its own statement, made at compile time.
 */
@Dao
public interface BookFilters {

  /** Books whose name contains {@code name} (as typed, any case), noted by user {@code notedBy}. */
  @Select(from = Book.class)
  @Exists(path = "book.notes", where = "notes.userId = :notedBy", as = "noted")
  @Where(value = "lower(book.name) LIKE '%' || escape_like(lower(:name)) || '%'", optional = true)
  @Where(value = "noted", optional = true)
  @OrderBy("book.id")
  List<Book> find(@Nullable String name, @Nullable Long notedBy);

  /** A page of books, without one if asked: a fixed condition, an optional one, and the total. */
  @Select(from = Book.class)
  @Where("book.id > 0")
  @Where(value = "book.id <> :except", optional = true)
  @OrderBy("book.id")
  Page<Book> page(@Nullable Long except, @Limit int limit);
}
