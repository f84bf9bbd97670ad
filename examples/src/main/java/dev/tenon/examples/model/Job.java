package dev.tenon.examples.model;

import dev.tenon.Id;
import dev.tenon.Table;

/** A unit of work in a queue, claimed by workers with {@code FOR UPDATE SKIP LOCKED}. */
@Table("job")
public record Job(@Id long id, String state, String payload) {}
