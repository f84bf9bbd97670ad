package dev.tenon.processor.sql;

import dev.tenon.processor.model.Parameter;

/**
 * One {@code ?} of a statement, in order: which parameter it binds and how.
 *
 * @param array the collection is bound as one SQL array ({@code = ANY(?)})
 */
public record Binding(Parameter parameter, boolean array) {}
