package dev.tenon.processor.sql;

import dev.tenon.Dialect;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.WriteModel;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a checked {@link WriteModel} into its statement for one dialect. Each statement kind has
 * its own class, where every dialect's difference is decided in one place: {@link InsertSql}
 * (RETURNING or {@code getGeneratedKeys}), {@link UpdateSql}, {@link DeleteSql} and {@link
 * UpsertSql} ({@code ON CONFLICT}, {@code ON DUPLICATE KEY UPDATE}, {@code MERGE}). Pure, like
 * {@link SqlPlanner}: model in, exact SQL out.
 */
public final class WritePlanner {
  private WritePlanner() {}

  /** The statement for {@code write} in {@code dialect}. */
  public static PlannedWrite plan(WriteModel write, Dialect dialect) {
    if (dialect == Dialect.AUTO) {
      throw new IllegalArgumentException("plan for a concrete dialect, not AUTO");
    }
    return switch (write.kind()) {
      case INSERT -> InsertSql.plan(write, dialect);
      case UPDATE -> UpdateSql.plan(write, dialect);
      case DELETE -> DeleteSql.plan(write, dialect);
      case UPSERT -> UpsertSql.plan(write, dialect);
    };
  }

  /** {@code a, b, c}: each property's column, quoted where the dialect needs it. */
  static String columns(Dialect dialect, List<Property> properties) {
    return join(properties, p -> Identifiers.quote(dialect, p.column()), ", ");
  }

  /** {@code ?, ?, ?}. */
  static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  /** {@code a = ? AND b = ?}: the rows with these properties' values. */
  static String matching(Dialect dialect, List<Property> properties) {
    return join(properties, p -> Identifiers.quote(dialect, p.column()) + " = ?", " AND ");
  }

  static String join(List<Property> properties, Function<Property, String> each, String separator) {
    return properties.stream().map(each).collect(Collectors.joining(separator));
  }

  /** Every column but a generated id: what an INSERT writes. */
  static List<Property> inserted(WriteModel write) {
    return write.entity().properties().stream().filter(p -> !p.generated()).toList();
  }
}
