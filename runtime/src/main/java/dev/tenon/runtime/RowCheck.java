package dev.tenon.runtime;

/**
 * Finds a value a write cannot store: the name of the first component that is null but not
 * {@code @Nullable}, or null when the row can be written. Written by the processor, so a write
 * fails before its statement runs, naming the property, instead of with the database's
 * constraint error.
 */
@FunctionalInterface
public interface RowCheck<E> {
  String missing(E row);
}
