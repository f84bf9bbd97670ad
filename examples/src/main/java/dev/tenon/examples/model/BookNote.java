package dev.tenon.examples.model;

import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Table;

/**
 * What one user wrote about one book (at most one note per book and user).
 *
 * <p>The two foreign keys give four relations: {@code bookNote.book} and {@code bookNote.user}
 * (to-one), and {@code book.notes} and {@code appUser.notes} (to-many).
 */
@Table("book_note")
public record BookNote(
    @Id long id,
    String text,
    @ForeignKey(value = Book.class, related = "notes") long bookId,
    @ForeignKey(value = AppUser.class, related = "notes") long userId) {}
