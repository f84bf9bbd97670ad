package dev.tenon.benchmarks.model;

import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Table;
import org.jdbi.v3.core.mapper.PropagateNull;

/**
 * A user's note on a book: at most one per (book, user) in the generated data. {@code @PropagateNull}
 * is for the JDBI reflective contender only: it makes JDBI's ConstructorMapper return null, as
 * Tenon does, where a LEFT JOIN found no note.
 */
@Table("book_note")
public record BookNote(
    @Id @PropagateNull long id,
    String text,
    @ForeignKey(value = Book.class, related = "notes") long bookId,
    @ForeignKey(value = AppUser.class, related = "notes") long userId) {}
