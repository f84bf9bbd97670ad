package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.examples.UserPoints.UserBalance;
import dev.tenon.examples.UserPoints.UserTotal;
import dev.tenon.examples.model.AppUser;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.util.List;

/**
 * Scenario 6: sums over no rows are NULL, a sum that nets out is 0, and several values over one
 * relation do not multiply each other. Expected values from {@code SELECT u.id, (SELECT sum(amount)
 * FROM point_entry p WHERE p.user_id = u.id [AND amount > 0 | < 0]), (SELECT count(*) …) FROM
 * "user" u}.
 */
class UserPointsTest {

  private static final AppUser ADA = new AppUser(1, "Ada");
  private static final AppUser O_BRIEN = new AppUser(2, "O'Brien");
  private static final AppUser CHEN = new AppUser(3, "Chen");
  private static final AppUser DANA = new AppUser(4, "Dana");
  private static final AppUser EVE = new AppUser(5, "Eve");

  @OnEachDatabase
  void aSumOverNoRowsIsNullAndNotZero(TestDatabase database) {
    // Ada has three entries, O'Brien one, Dana two that cancel out, Chen and Eve none.
    assertEquals(
        List.of(
            new UserTotal(ADA, 35L),
            new UserTotal(O_BRIEN, 7L),
            new UserTotal(CHEN, null),
            new UserTotal(DANA, 0L),
            new UserTotal(EVE, null)),
        database.onDemand(UserPoints.class).usersWithTotalPoints());
  }

  @OnEachDatabase
  void filteredSumsAndACountOverOneRelationStayApart(TestDatabase database) {
    // Three joins of point_entry in one row would make Ada's 3 entries 27 and her 35 earned 315.
    assertEquals(
        List.of(
            new UserBalance(ADA, 3, 35L, null),
            new UserBalance(O_BRIEN, 1, 7L, null),
            new UserBalance(CHEN, 0, null, null),
            new UserBalance(DANA, 2, 5L, -5L),
            new UserBalance(EVE, 0, null, null)),
        database.onDemand(UserPoints.class).usersWithEarnedAndSpent());
  }

  @OnEachDatabase
  void theSumSortsByItsNameWithNullsLast(TestDatabase database) {
    assertEquals(
        List.of(
            new UserTotal(ADA, 35L),
            new UserTotal(O_BRIEN, 7L),
            new UserTotal(DANA, 0L),
            new UserTotal(CHEN, null),
            new UserTotal(EVE, null)),
        database.onDemand(UserPoints.class).leaderboard());
  }
}
