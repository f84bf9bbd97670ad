package dev.tenon.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Prints a question and its answer as an aligned text table. Nulls and empty {@link Optional}s
 * print as {@code NULL}, as a database client would show them.
 */
final class TablePrinter {

  private final String question;
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  TablePrinter(String question, String... headers) {
    this.question = question;
    this.headers = List.of(headers);
  }

  /** Adds a row; it must have one value per header. */
  TablePrinter row(Object... values) {
    if (values.length != headers.size()) {
      throw new IllegalArgumentException(
          "expected " + headers.size() + " values, got " + Arrays.toString(values));
    }
    rows.add(Arrays.stream(values).map(TablePrinter::show).toList());
    return this;
  }

  void print(PrintStream out) {
    int[] widths = new int[headers.size()];
    for (int column = 0; column < widths.length; column++) {
      widths[column] = headers.get(column).length();
      for (List<String> row : rows) {
        widths[column] = Math.max(widths[column], row.get(column).length());
      }
    }
    out.println(question);
    out.println(line(headers, widths));
    out.println(line(Arrays.stream(widths).mapToObj("-"::repeat).toList(), widths));
    for (List<String> row : rows) {
      out.println(line(row, widths));
    }
    out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    out.println();
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int column = 0; column < cells.size(); column++) {
      if (column > 0) {
        line.append(" | ");
      }
      String cell = cells.get(column);
      line.append(cell).append(" ".repeat(widths[column] - cell.length()));
    }
    return line.toString().stripTrailing();
  }

  private static String show(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(TablePrinter::show).orElse("NULL");
    }
    return value == null ? "NULL" : value.toString();
  }
}
