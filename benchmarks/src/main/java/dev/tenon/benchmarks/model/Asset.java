package dev.tenon.benchmarks.model;

import dev.tenon.Id;
import dev.tenon.Table;

/** Something coupons are for. */
@Table("asset")
public record Asset(@Id long id, String name) {}
