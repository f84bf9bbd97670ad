package dev.tenon;

import java.util.List;
import java.util.Objects;

/**
 * One page of a query's rows ({@code @Limit}/{@code @Offset}) and the number of rows the query
 * matches without paging, for a pager's "page 3 of 12". A page beyond the end has no rows and still
 * the total.
 *
 * @param rows the page, in the query's order
 * @param total every matching row, counted by a second statement on the same handle
 * @param <R> the row type
 */
public record Page<R>(List<R> rows, long total) {
  public Page {
    rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
  }
}
