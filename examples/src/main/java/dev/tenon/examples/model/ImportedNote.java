package dev.tenon.examples.model;

import dev.tenon.Id;
import dev.tenon.Nullable;
import dev.tenon.Table;

/** A note from a bulk import: no keys to other tables, so any number of rows can be loaded. */
@Table("imported_note")
public record ImportedNote(
    @Id(generated = true) long id, String text, long bookId, long userId, @Nullable String source) {}
