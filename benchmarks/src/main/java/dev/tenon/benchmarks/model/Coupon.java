package dev.tenon.benchmarks.model;

import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Table;

/** A coupon for an asset, saved on a device. */
@Table("coupon")
public record Coupon(
    @Id long id,
    @ForeignKey(value = Asset.class, related = "coupons") long assetId,
    long deviceId,
    String code) {}
