package dev.tenon.processor.model;

/**
 * A {@code Fetch.BATCH} collection: loaded by its own statement for all roots of a call.
 *
 * @param query the statement: the collection's rows whose parent key is in {@link #KEYS}, with the
 *     join's {@code on}, ordered by parent key; its first column is the parent key
 */
public record BatchModel(RowShape.CollectionComponent component, QueryModel query) {
  /** Name of the synthetic collection parameter holding the parents' keys. */
  public static final String KEYS = "#keys";
}
