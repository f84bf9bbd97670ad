package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.Expr;
import dev.tenon.InnerJoin;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.examples.model.AppUser;
import java.util.List;

/**
 * A DISTINCT list sorted by what it selects (issue 12): with {@code distinct = true} the database
 * sorts only by selected expressions, and a sort by an {@code @Expr} the row selects is one.
 */
@Dao
public interface NoteAuthors {

  /**
   * "The names of the users who wrote a note, each once, in reverse alphabetical order", and the
   * same name lower-cased, sorted by that expression second.
   */
  @Select(from = AppUser.class, as = "author", distinct = true)
  @InnerJoin(path = "author.notes", as = "note")
  @OrderBy({"author.name DESC", "lower(author.name)"})
  List<AuthorName> namesOfNoteAuthors();

  record AuthorName(@Expr("author.name") String name, @Expr("lower(author.name)") String lowered) {}
}
