package dev.tenon.examples.model;

import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Table;

/**
 * Points a user earned (positive) or spent (negative): {@code appUser.points} and {@code
 * pointEntry.user}.
 */
@Table("point_entry")
public record PointEntry(
    @Id long id,
    @ForeignKey(value = AppUser.class, related = "points") long userId,
    int amount,
    String reason) {}
