package dev.tenon.examples.model;

import dev.tenon.Id;
import dev.tenon.Table;

/** A purchase, the row of a large export; its lines are {@code purchase.lines}. */
@Table("purchase")
public record Purchase(@Id long id, String customer, long totalCents) {}
