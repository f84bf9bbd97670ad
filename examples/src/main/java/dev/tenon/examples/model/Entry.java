package dev.tenon.examples.model;

import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Table;

/**
 * One post of a blog. The year is {@code pubYear} ({@code pub_year}): {@code year} is a word H2
 * reserves.
 */
@Table("entry")
public record Entry(
    @Id long id,
    @ForeignKey(value = Blog.class, related = "entries") long blogId,
    String headline,
    int pubYear) {}
