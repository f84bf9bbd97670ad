package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@code INNER JOIN} along a relation: root rows without a matching related row are dropped.
 * Same attributes as {@link LeftJoin}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(InnerJoins.class)
public @interface InnerJoin {
  /** {@code alias.relation}: the root's alias or one declared by an earlier join, then a relation. */
  String path();

  /** This join's alias; empty means the relation's name. */
  String as() default "";

  /** Extra condition ANDed inside the ON clause. */
  String on() default "";
}
