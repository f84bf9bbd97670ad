package dev.tenon.examples.model;

import dev.tenon.Id;
import dev.tenon.Table;

/** A book title on sale, the group of the sales report; its sales are {@code title.sales}. */
@Table("title")
public record Title(@Id long id, String name) {}
