package dev.tenon.benchmarks.model;

import dev.tenon.Id;
import dev.tenon.Table;
import dev.tenon.Version;

/**
 * A note as the write benchmarks update and upsert it: the database assigns the id, the version
 * guards against lost updates, and the table is unique on {@code (book_id, user_id)}.
 */
@Table("saved_note")
public record SavedNote(
    @Id(generated = true) long id, String text, long bookId, long userId, @Version int version) {}
