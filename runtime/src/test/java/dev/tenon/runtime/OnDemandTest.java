package dev.tenon.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.TenonPlugin;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.Test;

/**
 * JDBI keeps one on-demand factory per {@code Jdbi}, and {@code SqlObjectPlugin} sets one too:
 * Tenon's, installed after it, serves Tenon's DAOs and hands JDBI's SqlObjects to the one before.
 */
class OnDemandTest {

  public interface Names {
    @SqlQuery("SELECT name FROM book ORDER BY id")
    List<String> names();
  }

  private static Jdbi database() {
    Jdbi jdbi = Jdbi.create("jdbc:h2:mem:ondemand_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    jdbi.useHandle(
        handle -> {
          handle.execute("CREATE TABLE book (id BIGINT PRIMARY KEY, name VARCHAR(100))");
          handle.execute("INSERT INTO book VALUES (1, 'Dune'), (2, 'Emma')");
        });
    return jdbi;
  }

  @Test
  void afterSqlObjectPluginBothKindsWorkOnDemand() {
    Jdbi jdbi = database().installPlugin(new SqlObjectPlugin()).installPlugin(new TenonPlugin());

    Shelf shelf = jdbi.onDemand(Shelf.class);
    assertInstanceOf(TenonShelf.class, shelf);
    assertEquals(List.of(new Shelf.Book(1, "Dune"), new Shelf.Book(2, "Emma")), shelf.all());
    assertEquals(List.of("Dune", "Emma"), jdbi.onDemand(Names.class).names());
  }

  @Test
  void beforeSqlObjectPluginTenonsDaosStillWorkThroughJdbisProxy() {
    Jdbi jdbi = database().installPlugin(new TenonPlugin()).installPlugin(new SqlObjectPlugin());

    Shelf shelf = jdbi.onDemand(Shelf.class);
    assertTrue(Proxy.isProxyClass(shelf.getClass()), "SqlObjectPlugin replaced Tenon's factory");
    assertEquals(2, shelf.all().size());
    assertEquals(List.of("Dune", "Emma"), jdbi.onDemand(Names.class).names());
  }

  @Test
  void installingTwiceStillHandsOutTheGeneratedClass() {
    Jdbi jdbi = database().installPlugin(new TenonPlugin());
    new TenonPlugin().customizeJdbi(jdbi);

    assertInstanceOf(TenonShelf.class, jdbi.onDemand(Shelf.class));
    assertEquals(2, jdbi.onDemand(Shelf.class).all().size());
  }
}
