package dev.tenon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose methods are queries. The processor writes {@code Tenon<Name>} in the
 * same package (nested {@code Outer.Inner → TenonOuter_Inner}), with public constructors taking a
 * {@code Jdbi} (a handle per call) or a {@code Handle}. With {@code TenonPlugin} installed, JDBI's
 * {@code attach}, {@code onDemand}, {@code withExtension} and {@code useExtension} hand it out.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Dao {
  /**
   * The SQL dialect. {@link Dialect#AUTO} makes the SQL for every dialect at compile time and
   * picks one once, from the connection's metadata; any other value pins one.
   */
  Dialect dialect() default Dialect.AUTO;

  /**
   * Converters for this DAO's method parameters: a parameter (or collection element) whose type
   * Tenon does not store itself is stored by the converter listed here for that type. Entity
   * components name theirs with {@link Convert}.
   */
  Class<? extends ColumnConverter<?, ?>>[] converters() default {};
}
