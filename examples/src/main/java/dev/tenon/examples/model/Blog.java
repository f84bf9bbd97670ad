package dev.tenon.examples.model;

import dev.tenon.Id;
import dev.tenon.Table;

/** A blog; its entries are {@code blog.entries}. */
@Table("blog")
public record Blog(@Id long id, String name) {}
