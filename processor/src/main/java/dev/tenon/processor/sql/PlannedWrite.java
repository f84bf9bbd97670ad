package dev.tenon.processor.sql;

import dev.tenon.processor.model.Property;
import java.util.List;

/**
 * A write statement for one dialect and what its {@code ?}s bind, in order: either the entity's
 * columns ({@code columns}, read from the entity the method takes) or the method's parameters
 * ({@code parameters}, for a declared {@code where}/{@code set}); never both.
 *
 * @param rowsBack how the statement gives back what the method returns
 * @param reread a statement reading the stored row afterwards where the dialect cannot return it
 *     from the write itself (MySQL's upsert); null otherwise
 * @param rereadColumns what {@code reread} binds, from the entity
 */
public record PlannedWrite(
    String sql,
    List<Property> columns,
    List<Binding> parameters,
    RowsBack rowsBack,
    String reread,
    List<Property> rereadColumns) {

  public PlannedWrite {
    columns = List.copyOf(columns);
    parameters = List.copyOf(parameters);
    rereadColumns = List.copyOf(rereadColumns);
  }

  /** How a write's statement gives back rows or keys. */
  public enum RowsBack {
    /** Only a count of changed rows. */
    COUNT,
    /** The statement is a query ({@code RETURNING}, H2's {@code FINAL TABLE}): read its rows. */
    RESULT_SET,
    /** The generated key comes from JDBC's {@code getGeneratedKeys()}. */
    GENERATED_KEYS
  }
}
