package dev.tenon.examples.model;

import dev.tenon.Id;
import dev.tenon.Table;

/** Something a device can save coupons on; its coupons are {@code asset.coupons}. */
@Table("asset")
public record Asset(@Id long id, String name) {}
