package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.Id;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Table;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Test-side only: reads the book table with the name mapped to a {@code UUID}, so every row fails
 * to map ("Dune" is no UUID). The reliability tests use it for deliberate mapping failures.
 */
@Dao
public interface Misreads {

  @Table("book")
  record BookAsUuid(@Id long id, UUID name) {}

  @Select(from = BookAsUuid.class, as = "book")
  @OrderBy("book.id")
  List<BookAsUuid> booksAsUuids();

  @Select(from = BookAsUuid.class, as = "book")
  @OrderBy("book.id")
  Stream<BookAsUuid> streamBooksAsUuids();
}
