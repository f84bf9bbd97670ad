package dev.tenon.processor.model;

import dev.tenon.Fetch;
import dev.tenon.processor.expr.Node;

/**
 * One declared join: {@code parent.relation AS alias}, with an extra condition ANDed inside ON.
 *
 * @param on the extra condition, or null
 */
public record Join(
    JoinType type, Alias parent, Relation relation, Alias alias, Node on, Fetch fetch, Origin origin) {}
