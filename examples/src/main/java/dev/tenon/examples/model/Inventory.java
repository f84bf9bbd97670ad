package dev.tenon.examples.model;

import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Table;

/**
 * A copy of a book that a user holds: {@code inventory.book}, {@code inventory.user}, {@code
 * book.inventories}, {@code appUser.inventories}.
 */
@Table("inventory")
public record Inventory(
    @Id long id,
    @ForeignKey(value = Book.class, related = "inventories") long bookId,
    @ForeignKey(value = AppUser.class, related = "inventories") long userId) {}
