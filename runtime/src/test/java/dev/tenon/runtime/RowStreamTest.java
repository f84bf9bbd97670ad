package dev.tenon.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.TenonPlugin;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RowStreamTest {
  private Jdbi jdbi;

  @BeforeEach
  void createDatabase() {
    jdbi =
        Jdbi.create("jdbc:h2:mem:stream_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
            .installPlugin(new TenonPlugin());
    jdbi.useHandle(
        handle -> {
          handle.execute("CREATE TABLE book (id BIGINT PRIMARY KEY, name VARCHAR(100))");
          handle.execute("INSERT INTO book VALUES (1, 'Dune'), (2, 'Emma')");
        });
  }

  @Test
  void aStreamOnAnAttachedHandleReadsEveryRow() {
    try (Handle handle = jdbi.open();
        Stream<Shelf.Book> books = handle.attach(Shelf.class).stream()) {
      assertEquals(List.of(new Shelf.Book(1, "Dune"), new Shelf.Book(2, "Emma")), books.toList());
    }
  }

  @Test
  void aStreamFromTheJdbiConstructorOwnsItsHandle() {
    try (Stream<Shelf.Book> books = new TenonShelf(jdbi).stream()) {
      assertEquals(2, books.count());
    }
  }

  @Test
  void aStreamFromOnDemandOwnsItsHandle() {
    try (Stream<Shelf.Book> books = jdbi.onDemand(Shelf.class).stream()) {
      assertEquals(List.of(new Shelf.Book(1, "Dune"), new Shelf.Book(2, "Emma")), books.toList());
    }
  }

  @Test
  void aStreamWhoseHandleClosedUnderItFailsInsteadOfLookingEmpty() {
    Handle handle = jdbi.open();
    Stream<Shelf.Book> books = handle.attach(Shelf.class).stream();
    handle.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, books::toList);
    assertTrue(e.getMessage().contains("the handle was closed before this stream was read"), e.getMessage());
    books.close();
  }
}
