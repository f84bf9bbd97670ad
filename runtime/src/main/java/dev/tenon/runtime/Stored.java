package dev.tenon.runtime;

/** The entity as stored: the one given, with the key the database generated for it. */
@FunctionalInterface
public interface Stored<E, K> {
  E with(E row, K key);
}
