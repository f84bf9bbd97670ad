package dev.tenon.examples;

import dev.tenon.Aggregate;
import dev.tenon.AggregateFunction;
import dev.tenon.Count;
import dev.tenon.Dao;
import dev.tenon.Nullable;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.examples.model.AppUser;
import java.util.List;

/**
 * Scenario 6, sums that keep the empty: every user stays in the answer, and a user without points
 * gets NULL, which is not the same as a sum of 0.
 */
@Dao
public interface UserPoints {

  /** Scenario 6, "Every user with the sum of their points, NULL for users with none". */
  @Select(from = AppUser.class)
  @Aggregate(
      function = AggregateFunction.SUM,
      path = "appUser.points",
      value = "points.amount",
      as = "total")
  @OrderBy("appUser.id")
  List<UserTotal> usersWithTotalPoints();

  /**
   * "Every user with the number of entries, the points earned and the points spent": three values
   * over one relation, each its own derived table, so none multiplies another.
   */
  @Select(from = AppUser.class)
  @Count(path = "appUser.points", as = "entries")
  @Aggregate(
      function = AggregateFunction.SUM,
      path = "appUser.points",
      value = "points.amount",
      where = "points.amount > 0",
      as = "earned")
  @Aggregate(
      function = AggregateFunction.SUM,
      path = "appUser.points",
      value = "points.amount",
      where = "points.amount < 0",
      as = "spent")
  @OrderBy("appUser.id")
  List<UserBalance> usersWithEarnedAndSpent();

  /** "The leaderboard: highest total first, users without points last". */
  @Select(from = AppUser.class)
  @Aggregate(
      function = AggregateFunction.SUM,
      path = "appUser.points",
      value = "points.amount",
      as = "total")
  @OrderBy({"total DESC NULLS LAST", "appUser.id"})
  List<UserTotal> leaderboard();

  /** A user and the sum of their points; null where they have none. */
  record UserTotal(AppUser appUser, @Nullable Long total) {}

  /** A user, their number of point entries, and the sums earned and spent (null where none). */
  record UserBalance(AppUser appUser, long entries, @Nullable Long earned, @Nullable Long spent) {}
}
