package dev.tenon.processor.model;

/**
 * A DAO method parameter.
 *
 * @param type the value type, or for a collection its element type
 * @param collection a {@code Collection<T>} bound as a list of values
 */
public record Parameter(
    String name, ValueType type, boolean collection, ParameterRole role, Origin origin) {}
