package dev.tenon.processor.model;

/**
 * A name for one occurrence of an entity in a query: the root or one join.
 *
 * @param nullable whether its columns can be NULL-extended (it is outer-joined, or joined under an
 *     outer-joined alias)
 */
public record Alias(String name, Entity entity, boolean nullable) {}
