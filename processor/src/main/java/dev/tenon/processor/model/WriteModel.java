package dev.tenon.processor.model;

import dev.tenon.processor.expr.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;

/**
 * A checked write method: what the write SQL planner turns into a statement per dialect.
 *
 * @param method {@code Dao.method}, for messages at run time
 * @param target the entity written, under the alias {@code set} and {@code where} use
 * @param entityParameter the parameter holding the entity (or the batch of them); null when the
 *     method names its rows by {@code where} and passes values
 * @param batch the parameter is a {@code List}/{@code Collection}/{@code Iterable} of the entity
 * @param set a declared {@code @Update}'s assignments, in order; empty otherwise
 * @param where a declared {@code where}; null for a write of the entity by its key, or with {@code
 *     all = true}
 * @param parameters the value parameters a declared write binds, by name
 * @param aggregates {@code @Exists}/{@code @Count}/{@code @Aggregate} that {@code set} or {@code
 *     where} name, each rendered as a correlated subquery of the one statement
 * @param key an upsert's conflict key (the {@code @Id} by default)
 * @param updated the columns an upsert overwrites on conflict
 */
public record WriteModel(
    ExecutableElement element,
    String method,
    WriteKind kind,
    Alias target,
    String entityParameter,
    boolean batch,
    WriteReturn returns,
    List<Assignment> set,
    Node where,
    Map<String, Parameter> parameters,
    List<AggregateModel> aggregates,
    List<Property> key,
    List<Property> updated) {

  public WriteModel {
    set = List.copyOf(set);
    parameters = new LinkedHashMap<>(parameters);
    aggregates = List.copyOf(aggregates);
    key = List.copyOf(key);
    updated = List.copyOf(updated);
  }

  public Entity entity() {
    return target.entity();
  }

  /** Whether the statement writes the entity the method takes (by its key, or as a new row). */
  public boolean ofEntity() {
    return entityParameter != null;
  }

  /** Whether the method needs the database-assigned key back. */
  public boolean readsGeneratedKey() {
    return kind == WriteKind.INSERT
        && entity().generatedId() != null
        && (returns == WriteReturn.KEY
            || returns == WriteReturn.ENTITY
            || returns == WriteReturn.ENTITY_LIST);
  }

  /** One {@code property = value} of a declared {@code @Update}. */
  public record Assignment(Property property, Node value) {}
}
