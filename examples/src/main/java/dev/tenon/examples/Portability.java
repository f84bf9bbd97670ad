package dev.tenon.examples;

import dev.tenon.Aggregate;
import dev.tenon.AggregateFunction;
import dev.tenon.Count;
import dev.tenon.Dao;
import dev.tenon.Exists;
import dev.tenon.Expr;
import dev.tenon.Nullable;
import dev.tenon.Offset;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Where;
import dev.tenon.examples.model.AppUser;
import dev.tenon.examples.model.Book;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Scenario 14, one compiled DAO on four databases: each method asks where H2, PostgreSQL,
 * MySQL/MariaDB and SQLite would answer differently if the SQL were written once for all of them
 * (collections bound as one parameter, NULLS FIRST/LAST, OFFSET alone, LIKE escapes, backslashes
 * in literals, {@code length}, integer division, predicates read as booleans).
 */
@Dao
public interface Portability {

  /** "The users with any of these names": names with quotes, unicode or SQL are just text. */
  @Select(from = AppUser.class)
  @Where("appUser.name IN (:names)")
  @OrderBy("appUser.id")
  List<AppUser> usersNamed(Collection<String> names);

  /** "The users with none of these names": an empty collection excludes nobody. */
  @Select(from = AppUser.class)
  @Where("appUser.name NOT IN (:names)")
  @OrderBy("appUser.id")
  List<AppUser> usersNotNamed(Collection<String> names);

  /** Each user with home country, whether and how much they wrote; homeless users first. */
  @Select(from = AppUser.class)
  @Aggregate(
      function = AggregateFunction.MAX,
      path = "appUser.profiles",
      value = "profiles.homeCountry",
      as = "home")
  @Exists(path = "appUser.notes", as = "wroteNotes")
  @Count(path = "appUser.notes", as = "notes")
  @OrderBy({"home NULLS FIRST", "appUser.id"})
  List<UserSummary> usersHomelessFirst();

  /** The same, homeless users last. */
  @Select(from = AppUser.class)
  @Aggregate(
      function = AggregateFunction.MAX,
      path = "appUser.profiles",
      value = "profiles.homeCountry",
      as = "home")
  @Exists(path = "appUser.notes", as = "wroteNotes")
  @Count(path = "appUser.notes", as = "notes")
  @OrderBy({"home NULLS LAST", "appUser.id"})
  List<UserSummary> usersHomelessLast();

  /** Descending by country, homeless users first. */
  @Select(from = AppUser.class)
  @Aggregate(
      function = AggregateFunction.MAX,
      path = "appUser.profiles",
      value = "profiles.homeCountry",
      as = "home")
  @Exists(path = "appUser.notes", as = "wroteNotes")
  @Count(path = "appUser.notes", as = "notes")
  @OrderBy({"home DESC NULLS FIRST", "appUser.id"})
  List<UserSummary> usersByHomeDescendingHomelessFirst();

  /** Descending by country, homeless users last. */
  @Select(from = AppUser.class)
  @Aggregate(
      function = AggregateFunction.MAX,
      path = "appUser.profiles",
      value = "profiles.homeCountry",
      as = "home")
  @Exists(path = "appUser.notes", as = "wroteNotes")
  @Count(path = "appUser.notes", as = "notes")
  @OrderBy({"home DESC NULLS LAST", "appUser.id"})
  List<UserSummary> usersByHomeDescendingHomelessLast();

  /**
   * A user, their home country or null, its length in characters ("Côte d'Ivoire" is 13, in 14
   * UTF-8 bytes), whether they wrote any note and how many.
   */
  record UserSummary(
      AppUser appUser,
      @Nullable String home,
      @Expr("length(home)") @Nullable Integer homeLength,
      boolean wroteNotes,
      long notes) {}

  /** "Every book after the first {@code skip}": an OFFSET without a LIMIT. */
  @Select(from = Book.class)
  @OrderBy("book.id")
  List<Book> booksAfter(@Offset long skip);

  /** Values computed by the database, which must not depend on which one it is. */
  @Select(from = Book.class)
  @OrderBy("book.id")
  List<BookFacts> bookFacts();

  /**
   * @param nameLength characters in the name
   * @param evenDown {@code id / 2 * 2}: integer division truncates (on MySQL too, where {@code /}
   *     alone would give 0.5000 for id 1, and this 1.0000)
   * @param late a predicate, read as a boolean (MySQL and SQLite return 1/0)
   * @param pathLength a literal with backslashes, which are plain characters
   */
  record BookFacts(
      @Expr("book.id") long id,
      @Expr("length(book.name)") int nameLength,
      @Expr("book.id / 2 * 2") long evenDown,
      @Expr("book.id > 2") boolean late,
      @Expr("length('C:\\temp\\new')") int pathLength) {}

  /**
   * Dune if {@code text LIKE pattern}, else empty. In a pattern a backslash escapes {@code %},
   * {@code _} and itself, on every database.
   */
  @Select(from = Book.class)
  @Where("book.id = 1 AND :text LIKE :pattern")
  Optional<Book> duneIfLike(String text, String pattern);
}
