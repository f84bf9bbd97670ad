package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Inserts the entity the method takes, or every entity of a {@code List}/{@code Collection}/{@code
 * Iterable} of it as one JDBC batch (chunked). A {@code @Id(generated = true)} column is left out
 * and read back. Returns nothing, the rows inserted ({@code int}/{@code long}, {@code boolean}),
 * the generated key, the entity as stored, or for a batch the stored entities in input order.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Insert {}
