package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optimistic locking on an {@code int}/{@code long} component: {@code @Update} and {@code @Delete}
 * of an entity match the version it was read with, and {@code @Update} increments it. When no row
 * matches, a method returning {@code int}/{@code long}/{@code boolean} says 0/false; one returning
 * {@code void} or the entity throws {@link StaleRowException}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Version {}
