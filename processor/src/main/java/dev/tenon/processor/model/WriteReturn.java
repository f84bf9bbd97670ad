package dev.tenon.processor.model;

/** What a write method gives back. */
public enum WriteReturn {
  /** Nothing; an entity update that matched no row throws {@code StaleRowException}. */
  VOID,
  /** Rows changed, as {@code int} (summed over a batch). */
  INT,
  /** Rows changed, as {@code long}. */
  LONG,
  /** Whether any row changed. */
  BOOLEAN,
  /** The entity as stored (generated id filled in, version incremented). */
  ENTITY,
  /** The generated key of the inserted row. */
  KEY,
  /** A batch insert's stored entities, in input order. */
  ENTITY_LIST;

  /** Whether the method returns a count of changed rows. */
  public boolean count() {
    return this == INT || this == LONG || this == BOOLEAN;
  }
}
