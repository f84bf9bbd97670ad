package dev.tenon.processor.sql;

import dev.tenon.processor.model.Parameter;

/**
 * One {@code ?} of a statement, in order: which parameter it binds and how.
 *
 * @param array a collection bound as one parameter: an SQL array or JSON array text by dialect
 */
public record Binding(Parameter parameter, boolean array) {}
