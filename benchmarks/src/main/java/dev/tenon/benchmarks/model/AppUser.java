package dev.tenon.benchmarks.model;

import dev.tenon.Id;
import dev.tenon.Table;

/** One of the ten users who write notes. */
@Table("app_user")
public record AppUser(@Id long id, String name) {}
