package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code LEFT OUTER JOIN} along a relation, with an optional extra condition ANDed to the key
 * equality inside the {@code ON} clause — the filtered relation:
 *
 * <pre>{@code
 * @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
 * // LEFT OUTER JOIN book_note usernote ON (usernote.book_id = book.id AND usernote.user_id = ?)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(LeftJoins.class)
public @interface LeftJoin {
  /** {@code alias.relation}: the root's alias or one declared by an earlier join, then a relation. */
  String path();

  /** This join's alias; empty means the relation's name. One alias is one join. */
  String as() default "";

  /** Extra condition ANDed inside the ON clause; may name this alias, earlier ones and parameters. */
  String on() default "";

  /** How a to-many join mapped to a {@code List} component is loaded. */
  Fetch fetch() default Fetch.JOIN;
}
