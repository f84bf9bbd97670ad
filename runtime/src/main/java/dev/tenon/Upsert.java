package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Inserts the entity, or when a row with the same {@link #key()} exists, updates that row: one
 * statement ({@code ON CONFLICT … DO UPDATE} on PostgreSQL and SQLite, {@code ON DUPLICATE KEY
 * UPDATE} on MySQL/MariaDB, {@code MERGE} on H2). Returning the entity gives the stored row, with
 * the existing id when it updated.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Upsert {
  /**
   * Properties of a unique key the database declares (default: the {@code @Id}). The database
   * must have a UNIQUE constraint or index on exactly these columns.
   */
  String[] key() default {};

  /** Properties overwritten on conflict (default: all but the key and a generated id). */
  String[] update() default {};
}
