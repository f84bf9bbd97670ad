package dev.tenon.processor.model;

import java.util.List;

/**
 * A named way from one entity to another: {@code source.local = target.remote} for every key pair.
 *
 * @param toMany whether a source row may have several target rows
 */
public record Relation(
    String name, Entity source, Entity target, List<KeyPair> keys, boolean toMany, Origin origin) {

  public Relation {
    keys = List.copyOf(keys);
  }

  /** One equality of the join key. */
  public record KeyPair(Property local, Property remote) {}
}
