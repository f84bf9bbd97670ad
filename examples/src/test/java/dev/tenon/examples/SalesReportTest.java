package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.examples.SalesReport.CurrencyTotal;
import dev.tenon.examples.SalesReport.TitleSales;
import dev.tenon.examples.SalesReport.Totals;
import dev.tenon.examples.model.Title;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.util.List;

/**
 * Grouped aggregates on every database. Expected answers first worked out on PostgreSQL with
 * {@code SELECT t.id, s.currency, count(s.id), sum(s.amount_cents) FROM title t LEFT JOIN sale s
 * ON s.title_id = t.id GROUP BY t.id, s.currency ORDER BY t.id, s.currency}.
 */
class SalesReportTest {
  private static final Title DUNE = new Title(1, "Dune");
  private static final Title EMMA = new Title(2, "Emma");
  private static final Title WALDEN = new Title(3, "Walden");

  @OnEachDatabase
  void perTitleAndCurrencyKeepsTitlesWithoutSales(TestDatabase database) {
    SalesReport report = database.onDemand(SalesReport.class);

    assertEquals(
        List.of(
            new TitleSales(DUNE, "EUR", 2, 2500L),
            new TitleSales(DUNE, "USD", 1, 1200L),
            new TitleSales(EMMA, "EUR", 1, 800L),
            new TitleSales(EMMA, "GBP", 2, 1600L),
            new TitleSales(WALDEN, null, 0, null)),
        report.perTitleAndCurrency());
  }

  @OnEachDatabase
  void havingFiltersGroupsAndOrderBySortsByAnAggregate(TestDatabase database) {
    SalesReport report = database.onDemand(SalesReport.class);

    assertEquals(
        List.of(new TitleSales(DUNE, "EUR", 2, 2500L), new TitleSales(EMMA, "GBP", 2, 1600L)),
        report.bestSellers(1500));
    assertEquals(List.of(), report.bestSellers(1_000_000));
  }

  @OnEachDatabase
  void groupedByAnExpressionWithCaseOverAnAggregate(TestDatabase database) {
    SalesReport report = database.onDemand(SalesReport.class);

    assertEquals(
        List.of(
            new CurrencyTotal("EUR", 3300, "repeat"),
            new CurrencyTotal("GBP", 1600, "repeat"),
            new CurrencyTotal("USD", 1200, "once")),
        report.perCurrency());
  }

  @OnEachDatabase
  void oneGroupForTheWholeQueryEvenWithoutRows(TestDatabase database) {
    SalesReport report = database.onDemand(SalesReport.class);

    assertEquals(new Totals(3, 2, 3300L, 1100.0), report.totalsIn("EUR"));
    assertEquals(new Totals(0, 0, null, null), report.totalsIn("JPY"));
    assertEquals(new Totals(0, 0, null, null), report.totalsIn("'; DROP TABLE sale; --"));
  }

  @OnEachDatabase
  void scalarResults(TestDatabase database) {
    SalesReport report = database.onDemand(SalesReport.class);

    assertEquals(6, report.countSales());
    assertEquals(3, report.countIn("EUR"));
    assertEquals(0, report.countIn("JPY"));
    assertEquals(true, report.soldIn("GBP"));
    assertEquals(false, report.soldIn("JPY"));
    assertEquals(java.util.Optional.of(1500L), report.largestIn("EUR"));
    assertEquals(java.util.Optional.empty(), report.largestIn("JPY"));
    assertEquals(List.of("Dune", "Emma", "Walden"), report.titleNames());
    assertEquals(java.util.Optional.of("EMMA"), report.shoutedName(2));
    assertEquals(java.util.Optional.empty(), report.shoutedName(99));
    assertEquals(List.of(3300L, 1600L, 1200L), report.sumsPerCurrency());
  }
}
