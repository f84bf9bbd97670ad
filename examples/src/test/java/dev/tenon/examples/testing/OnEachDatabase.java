package dev.tenon.examples.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs a test once per {@link TestDatabase}, named by it: {@code everyBook(TestDatabase) on H2},
 * {@code everyBook(TestDatabase) on POSTGRES}. The test takes the database as its parameter and
 * asks it for DAOs:
 *
 * <pre>{@code
 * @OnEachDatabase
 * void everyBook(TestDatabase database) {
 *   BookNotes notes = database.onDemand(BookNotes.class);
 *   …
 * }
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "on {0}")
@EnumSource(TestDatabase.class)
@ExtendWith(SampleDatabases.class)
public @interface OnEachDatabase {}
