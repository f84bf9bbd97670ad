package dev.tenon.examples.model;

import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Table;

/** One sale of a title, in one currency (ISO code), in cents. */
@Table("sale")
public record Sale(
    @Id long id,
    @ForeignKey(value = Title.class, related = "sales") long titleId,
    String currency,
    long amountCents) {}
