package dev.tenon.examples.model;

import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Table;

/** One line of a purchase: {@code purchase.lines} and {@code purchaseLine.purchase}. */
@Table("purchase_line")
public record PurchaseLine(
    @Id long id,
    @ForeignKey(value = Purchase.class, related = "lines") long purchaseId,
    String sku,
    int quantity) {}
