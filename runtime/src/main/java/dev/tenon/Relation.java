package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a relation that {@link ForeignKey} cannot: composite keys, or keys that are not
 * foreign keys. On an entity it is visible to every DAO; on a {@link Dao} interface only there.
 *
 * <pre>{@code
 * @Relation(name = "stock", target = Inventory.class, on = {"shopId = shopId", "sku = sku"})
 * }</pre>
 *
 * <p>The relation is to-one when the target side of {@link #on()} covers the target's
 * {@link Id}, else to-many.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Relations.class)
public @interface Relation {
  /** The relation's name, used in join paths ({@code alias.name}). */
  String name();

  /** The related entity. */
  Class<?> target();

  /**
   * Key pairs {@code "localProperty = targetProperty"}, all of which must hold. On a {@link Dao}
   * interface the local side is the entity named by {@link #from()}.
   */
  String[] on();

  /** On a {@link Dao} interface, the entity the relation starts from; ignored on an entity. */
  Class<?> from() default void.class;
}
