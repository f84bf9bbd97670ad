package dev.tenon.examples;

import dev.tenon.Page;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.Event;
import dev.tenon.examples.model.Job;
import java.io.PrintStream;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The example app's part for reports and list pages (examples 15 to 19): the condition language,
 * a job-queue claim, grouped aggregates, scalar results, pages with totals and optional filters.
 */
final class ReportExamples {
  private ReportExamples() {}

  static void print(Jdbi jdbi, PrintStream out) {
    Events events = jdbi.onDemand(Events.class);
    TablePrinter search =
        new TablePrinter("15. Events whose title contains \"100%\" as typed", "e.id", "e.title");
    for (Event event : events.titled("100%")) {
      search.row(event.id(), event.title());
    }
    search.print(out);
    TablePrinter labels =
        new TablePrinter("15. Each event's CASE label and caption", "id", "label", "caption");
    for (Events.Labelled row : events.labelled()) {
      labels.row(row.id(), row.label(), row.caption());
    }
    labels.print(out);

    TablePrinter claims = new TablePrinter("16. Two workers claim two jobs each", "worker", "jobs");
    try (Handle first = jdbi.open();
        Handle second = jdbi.open()) {
      first.begin();
      second.begin();
      claims.row("first", ids(first.attach(Jobs.class).claim(2)));
      claims.row("second", ids(second.attach(Jobs.class).claim(2)));
      first.rollback();
      second.rollback();
    }
    claims.print(out);

    SalesReport sales = jdbi.onDemand(SalesReport.class);
    TablePrinter perTitle =
        new TablePrinter("17. Sales per title per currency", "title", "currency", "sales", "cents");
    for (SalesReport.TitleSales row : sales.perTitleAndCurrency()) {
      perTitle.row(row.t().name(), row.currency(), row.sales(), row.cents());
    }
    perTitle.print(out);
    new TablePrinter("17. How many sales, and the titles' names", "count(*)", "names")
        .row(sales.countSales(), sales.titleNames())
        .print(out);

    Pages pages = jdbi.onDemand(Pages.class);
    TablePrinter pager = new TablePrinter("18. Pages of two books", "offset", "rows", "total");
    for (int offset : new int[] {0, 4, 10}) {
      Page<Book> page = pages.books("%", 2, offset);
      pager.row(offset, page.rows().stream().map(Book::name).toList(), page.total());
    }
    pager.print(out);

    BookFilters filters = jdbi.onDemand(BookFilters.class);
    TablePrinter filtered =
        new TablePrinter("19. Books by optional filters", "name contains", "noted by", "books");
    for (Object[] filter : new Object[][] {{null, null}, {"u", null}, {null, 4L}, {"u", 4L}}) {
      filtered.row(
          filter[0],
          filter[1],
          filters.find((String) filter[0], (Long) filter[1]).stream().map(Book::name).toList());
    }
    filtered.print(out);
  }

  private static List<Long> ids(List<Job> jobs) {
    return jobs.stream().map(Job::id).toList();
  }
}
