package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record (or a class with exactly one public all-args constructor) as an entity stored
 * in a table. Each record component is a column.
 *
 * <pre>{@code
 * @Table("book")
 * public record Book(@Id long id, String name) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
  /** The table name; empty means the snake_case of the class name ({@code BookNote → book_note}). */
  String value() default "";
}
