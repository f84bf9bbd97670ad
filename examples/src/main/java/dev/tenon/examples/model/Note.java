package dev.tenon.examples.model;

import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Table;
import dev.tenon.Version;

/**
 * A user's note on a book, as the writes example stores it: the database assigns the id, the
 * version guards against lost updates, and the table is unique on {@code (book_id, user_id)}, one
 * note per user and book.
 */
@Table("note")
public record Note(
    @Id(generated = true) long id,
    String text,
    @ForeignKey(value = Book.class, related = "writtenNotes") long bookId,
    @ForeignKey(value = AppUser.class, related = "writtenNotes") long userId,
    @Version int version) {

  /** A note not stored yet: its id and version are the database's to assign. */
  public static Note draft(long bookId, long userId, String text) {
    return new Note(0, text, bookId, userId, 0);
  }
}
