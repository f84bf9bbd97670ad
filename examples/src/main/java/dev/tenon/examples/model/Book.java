package dev.tenon.examples.model;

import dev.tenon.Id;
import dev.tenon.Table;

/** A book. Its notes and inventories come from the {@code @ForeignKey}s that point here. */
@Table("book")
public record Book(@Id long id, String name) {}
