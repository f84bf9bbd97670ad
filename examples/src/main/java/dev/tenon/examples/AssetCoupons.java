package dev.tenon.examples;

import dev.tenon.Count;
import dev.tenon.Dao;
import dev.tenon.Exists;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Where;
import dev.tenon.examples.model.Asset;
import java.util.List;

/**
 * Scenarios 4 and 5: per asset, how many coupons (or whether any) one device saved. Each value is a
 * derived table aggregated once over that device's coupons and LEFT-joined on the asset, so every
 * asset keeps its row and {@code @Where} / {@code @OrderBy} read the value by its {@code as} name
 * instead of computing the subquery again:
 *
 * <pre>{@code
 * SELECT asset.id, asset.name, COALESCE(saved.v, 0)
 * FROM asset asset
 * LEFT OUTER JOIN (SELECT coupons.asset_id AS k1, COUNT(*) AS v FROM coupon coupons
 *   WHERE coupons.device_id = ? GROUP BY coupons.asset_id) saved ON (saved.k1 = asset.id)
 * }</pre>
 */
@Dao
public interface AssetCoupons {

  /**
   * Scenario 4, "Every asset with the number of coupons this device saved on it, 0 for the rest": a
   * filtered count that keeps every asset.
   */
  @Select(from = Asset.class)
  @Count(path = "asset.coupons", where = "coupons.deviceId = :deviceId", as = "saved")
  @OrderBy("asset.id")
  List<AssetWithCount> assetsWithCouponsSavedBy(long deviceId);

  /**
   * Scenario 4 with the count used by name, "The assets this device saved at least so many coupons
   * on, most first": the filter and the sort read the derived table's column.
   */
  @Select(from = Asset.class)
  @Count(path = "asset.coupons", where = "coupons.deviceId = :deviceId", as = "saved")
  @Where("saved >= :atLeast")
  @OrderBy({"saved DESC", "asset.id"})
  List<AssetWithCount> assetsWithAtLeastCouponsSavedBy(long deviceId, long atLeast);

  /**
   * Scenario 5, "Every asset with saved = true or false for this device": an existence flag,
   * computed once per asset.
   */
  @Select(from = Asset.class)
  @Exists(path = "asset.coupons", where = "coupons.deviceId = :deviceId", as = "saved")
  @OrderBy("asset.id")
  List<AssetWithFlag> assetsWithSavedFlagFor(long deviceId);

  /**
   * Scenario 5 as Django users write it, "Every asset, the ones this device saved first": the flag
   * is selected and sorted on, and its subquery still appears once (Django repeated the EXISTS
   * three times).
   */
  @Select(from = Asset.class)
  @Exists(path = "asset.coupons", where = "coupons.deviceId = :deviceId", as = "saved")
  @OrderBy({"saved DESC", "asset.id"})
  List<AssetWithFlag> assetsSavedFirstFor(long deviceId);

  /** Scenario 5 as a filter, "The assets this device has not saved a coupon on yet". */
  @Select(from = Asset.class)
  @Exists(path = "asset.coupons", where = "coupons.deviceId = :deviceId", as = "saved")
  @Where("NOT saved")
  @OrderBy("asset.id")
  List<Asset> assetsNotSavedBy(long deviceId);

  /** An asset and how many coupons the device saved on it. */
  record AssetWithCount(Asset asset, long saved) {}

  /** An asset and whether the device saved any coupon on it. */
  record AssetWithFlag(Asset asset, boolean saved) {}
}
