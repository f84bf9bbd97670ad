package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.Delete;
import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Insert;
import dev.tenon.LeftJoin;
import dev.tenon.Nullable;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Table;
import dev.tenon.Update;
import dev.tenon.Version;
import dev.tenon.Where;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Typed ids and value objects: a record with one component is stored as that component, in
 * entities, parameters (also in {@code IN} lists), keys, foreign keys and results. No code from
 * the user: {@code BookId} joins {@code BookId}, and a {@code long} never stands in for a user id.
 */
@Dao
public interface TypedIds {

  /** A book's id. */
  record BookId(long value) {}

  /** A user's id. */
  record UserId(long value) {}

  /** A note's id, assigned by the database. */
  record NoteId(long value) {}

  /** A title that must not be blank: the record checks it, the column stores the text. */
  record Title(String value) {
    public Title {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("a title is not blank");
      }
    }
  }

  /** The sample's books, with typed columns. */
  @Table("book")
  record TypedBook(@Id BookId id, Title name) {}

  /** The sample's notes, with typed keys. */
  @Table("book_note")
  record TypedNote(
      @Id long id,
      String text,
      @ForeignKey(value = TypedBook.class, related = "notes") BookId bookId,
      UserId userId) {}

  /** The writes example's notes, its generated id typed too. */
  @Table("note")
  record TypedWrittenNote(
      @Id(generated = true) NoteId id, String text, BookId bookId, UserId userId, @Version int version) {}

  /** A book and one user's note on it, or null. */
  record BookWithNote(TypedBook typedBook, @Nullable TypedNote mine) {}

  @Select(from = TypedBook.class)
  @Where("typedBook.id = :id")
  Optional<TypedBook> book(BookId id);

  @Select(from = TypedBook.class)
  @Where("typedBook.id IN (:ids)")
  @OrderBy("typedBook.id")
  List<TypedBook> books(Collection<BookId> ids);

  @Select(from = TypedBook.class)
  @Where("typedBook.name = :title")
  List<TypedBook> named(Title title);

  @Select(from = TypedBook.class)
  @LeftJoin(path = "typedBook.notes", as = "mine", on = "mine.userId = :user")
  @OrderBy("typedBook.id")
  List<BookWithNote> withNoteOf(UserId user);

  @Insert
  TypedWrittenNote write(TypedWrittenNote note);

  @Insert
  NoteId writeForId(TypedWrittenNote note);

  @Update(of = TypedWrittenNote.class, set = {"userId = :to"}, where = "typedWrittenNote.id = :id")
  int handOver(NoteId id, UserId to);

  @Select(from = TypedWrittenNote.class)
  @Where("typedWrittenNote.userId IN (:users)")
  @OrderBy("typedWrittenNote.id")
  List<TypedWrittenNote> writtenBy(List<UserId> users);

  @Delete(from = TypedWrittenNote.class, all = true)
  int clearWritten();
}
