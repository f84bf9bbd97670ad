package dev.tenon.examples.model;

import dev.tenon.Id;
import dev.tenon.Table;

/**
 * A reader. Stored in table {@code user}, a word that H2, PostgreSQL and MariaDB reserve: the
 * schema has to quote it, and so does every statement Tenon writes for it.
 */
@Table("user")
public record AppUser(@Id long id, String name) {}
