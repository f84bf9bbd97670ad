package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.examples.AssetCoupons.AssetWithCount;
import dev.tenon.examples.AssetCoupons.AssetWithFlag;
import dev.tenon.examples.model.Asset;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.RecordingJdbi;
import dev.tenon.examples.testing.TestDatabase;
import java.util.List;

/**
 * Scenarios 4 and 5: a filtered count and an existence flag per asset, for assets with many, one
 * and no coupons of the device, and for a device that saved nothing. Expected values come from
 * correlated subqueries written by hand ({@code SELECT a.id, (SELECT count(*) FROM coupon c WHERE
 * c.asset_id = a.id AND c.device_id = ?), EXISTS (…) FROM asset a}).
 */
class AssetCouponsTest {

  private static final long ADAS_PHONE = 1;
  private static final long BENS_TABLET = 2;
  private static final long LOBBY_KIOSK = 3;

  private static final Asset HARBOUR = new Asset(1, "Harbour at dawn");
  private static final Asset CITY = new Asset(2, "City lights");
  private static final Asset MOUNTAIN = new Asset(3, "Mountain pass");
  private static final Asset DESERT = new Asset(4, "Desert road");
  private static final Asset LIGHTHOUSE = new Asset(5, "Old lighthouse");

  @OnEachDatabase
  void countsManyOneAndNoneAndKeepsEveryAsset(TestDatabase database) {
    AssetCoupons coupons = database.onDemand(AssetCoupons.class);

    // The mountain pass has coupons, but only Ben's; nobody saved one on the desert road.
    assertEquals(
        List.of(
            new AssetWithCount(HARBOUR, 3),
            new AssetWithCount(CITY, 1),
            new AssetWithCount(MOUNTAIN, 0),
            new AssetWithCount(DESERT, 0),
            new AssetWithCount(LIGHTHOUSE, 1)),
        coupons.assetsWithCouponsSavedBy(ADAS_PHONE));
    assertEquals(
        List.of(
            new AssetWithCount(HARBOUR, 1),
            new AssetWithCount(CITY, 0),
            new AssetWithCount(MOUNTAIN, 2),
            new AssetWithCount(DESERT, 0),
            new AssetWithCount(LIGHTHOUSE, 1)),
        coupons.assetsWithCouponsSavedBy(BENS_TABLET));
  }

  @OnEachDatabase
  void aDeviceThatSavedNothingCountsZeroEverywhere(TestDatabase database) {
    assertEquals(
        List.of(
            new AssetWithCount(HARBOUR, 0),
            new AssetWithCount(CITY, 0),
            new AssetWithCount(MOUNTAIN, 0),
            new AssetWithCount(DESERT, 0),
            new AssetWithCount(LIGHTHOUSE, 0)),
        database.onDemand(AssetCoupons.class).assetsWithCouponsSavedBy(LOBBY_KIOSK));
  }

  @OnEachDatabase
  void theCountFiltersAndSortsByItsName(TestDatabase database) {
    AssetCoupons coupons = database.onDemand(AssetCoupons.class);

    assertEquals(
        List.of(
            new AssetWithCount(HARBOUR, 3),
            new AssetWithCount(CITY, 1),
            new AssetWithCount(LIGHTHOUSE, 1)),
        coupons.assetsWithAtLeastCouponsSavedBy(ADAS_PHONE, 1));
    assertEquals(
        List.of(new AssetWithCount(MOUNTAIN, 2)),
        coupons.assetsWithAtLeastCouponsSavedBy(BENS_TABLET, 2));
    // At least 0 is every asset, the ones without coupons included, most first.
    assertEquals(
        List.of(
            new AssetWithCount(HARBOUR, 3),
            new AssetWithCount(CITY, 1),
            new AssetWithCount(LIGHTHOUSE, 1),
            new AssetWithCount(MOUNTAIN, 0),
            new AssetWithCount(DESERT, 0)),
        coupons.assetsWithAtLeastCouponsSavedBy(ADAS_PHONE, 0));
    assertEquals(List.of(), coupons.assetsWithAtLeastCouponsSavedBy(LOBBY_KIOSK, 1));
  }

  @OnEachDatabase
  void flagsAreTrueOnlyWhereThisDeviceSavedOne(TestDatabase database) {
    AssetCoupons coupons = database.onDemand(AssetCoupons.class);

    // Three coupons make one true, not three rows.
    assertEquals(
        List.of(
            new AssetWithFlag(HARBOUR, true),
            new AssetWithFlag(CITY, true),
            new AssetWithFlag(MOUNTAIN, false),
            new AssetWithFlag(DESERT, false),
            new AssetWithFlag(LIGHTHOUSE, true)),
        coupons.assetsWithSavedFlagFor(ADAS_PHONE));
    assertEquals(
        List.of(
            new AssetWithFlag(HARBOUR, false),
            new AssetWithFlag(CITY, false),
            new AssetWithFlag(MOUNTAIN, false),
            new AssetWithFlag(DESERT, false),
            new AssetWithFlag(LIGHTHOUSE, false)),
        coupons.assetsWithSavedFlagFor(LOBBY_KIOSK));
  }

  @OnEachDatabase
  void theFlagSortsAndFiltersByItsName(TestDatabase database) {
    AssetCoupons coupons = database.onDemand(AssetCoupons.class);

    assertEquals(
        List.of(
            new AssetWithFlag(HARBOUR, true),
            new AssetWithFlag(MOUNTAIN, true),
            new AssetWithFlag(LIGHTHOUSE, true),
            new AssetWithFlag(CITY, false),
            new AssetWithFlag(DESERT, false)),
        coupons.assetsSavedFirstFor(BENS_TABLET));
    assertEquals(List.of(CITY, DESERT), coupons.assetsNotSavedBy(BENS_TABLET));
    assertEquals(List.of(MOUNTAIN, DESERT), coupons.assetsNotSavedBy(ADAS_PHONE));
    assertEquals(
        List.of(HARBOUR, CITY, MOUNTAIN, DESERT, LIGHTHOUSE),
        coupons.assetsNotSavedBy(LOBBY_KIOSK));
  }

  @OnEachDatabase
  void theSubqueryRunsOnceWhereTheValueIsSelectedFilteredAndSorted(TestDatabase database) {
    RecordingJdbi recording = new RecordingJdbi(database);
    AssetCoupons coupons = recording.jdbi().onDemand(AssetCoupons.class);

    coupons.assetsWithAtLeastCouponsSavedBy(ADAS_PHONE, 1);
    coupons.assetsSavedFirstFor(ADAS_PHONE);
    coupons.assetsNotSavedBy(ADAS_PHONE);

    List<RecordingJdbi.Prepared> prepared = recording.prepared();
    assertEquals(3, prepared.size());
    for (RecordingJdbi.Prepared statement : prepared) {
      assertEquals(
          1, occurrences(statement.sql(), "FROM coupon"), "coupon is read once in " + statement);
    }
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
