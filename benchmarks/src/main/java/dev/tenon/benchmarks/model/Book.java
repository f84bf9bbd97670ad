package dev.tenon.benchmarks.model;

import dev.tenon.Id;
import dev.tenon.Table;

/** A book; notes on it come from {@link BookNote}. */
@Table("book")
public record Book(@Id long id, String name) {}
