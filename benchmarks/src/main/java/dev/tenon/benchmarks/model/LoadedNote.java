package dev.tenon.benchmarks.model;

import dev.tenon.Id;
import dev.tenon.Table;

/**
 * A note as the insert and batch benchmarks load it: generated id, no unique key and no version,
 * so any number of rows can go in between two truncations.
 */
@Table("loaded_note")
public record LoadedNote(@Id(generated = true) long id, String text, long bookId, long userId) {}
