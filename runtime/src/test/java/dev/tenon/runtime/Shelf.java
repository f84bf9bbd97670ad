package dev.tenon.runtime;

import java.util.List;

/** A DAO interface as a user declares it; {@link TenonShelf} stands in for the generated class. */
public interface Shelf {
  record Book(long id, String name) {}

  List<Book> all();

  Book byName(String name);

  java.util.Optional<Book> findByName(String name);

  List<Book> failing();

  void insert(long id, String name);

  java.util.stream.Stream<Book> stream();
}
