package dev.tenon.processor.model;

import dev.tenon.processor.expr.Node;

/**
 * One value per row of {@code parent} over its related rows along {@code relation}.
 *
 * @param as the name results, {@code @Where} and {@code @OrderBy} use for the value
 * @param related the related rows, named by the relation's name inside {@code value} and {@code
 *     where}
 * @param value the aggregated expression; null for {@code @Count} and {@code @Exists}
 * @param where the filter on related rows, or null
 * @param correlated whether {@code value} or {@code where} names an outer alias, so the value is
 *     a correlated subquery rather than a pre-aggregated derived table joined once
 */
public record AggregateModel(
    AggregateKind kind,
    String as,
    Alias parent,
    Relation relation,
    Alias related,
    Node value,
    Node where,
    boolean correlated,
    Origin origin) {}
