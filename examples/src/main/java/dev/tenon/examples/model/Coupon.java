package dev.tenon.examples.model;

import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Table;

/**
 * A coupon one device saved on one asset. A device may save several on the same asset, so the
 * number per asset and device is a count, not a flag: {@code asset.coupons}, {@code
 * device.coupons}, {@code coupon.asset}, {@code coupon.device}.
 */
@Table("coupon")
public record Coupon(
    @Id long id,
    String code,
    @ForeignKey(value = Asset.class, related = "coupons") long assetId,
    @ForeignKey(value = Device.class, related = "coupons") long deviceId) {}
