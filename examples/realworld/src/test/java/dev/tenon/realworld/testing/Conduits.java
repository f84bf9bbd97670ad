package dev.tenon.realworld.testing;

import com.zaxxer.hikari.HikariDataSource;
import dev.tenon.realworld.Database;
import dev.tenon.realworld.web.ConduitServer;
import dev.tenon.realworld.web.Passwords;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Running Conduit servers for the tests: one per backend and purpose, each on a random loopback
 * port over a fresh database migrated by Flyway, seeded once, shared by the tests of that purpose,
 * and stopped and dropped when the run ends. An unreachable server fails the test when {@code
 * CI=true} and skips it with a message otherwise.
 */
public final class Conduits implements BeforeEachCallback {

  /** The secret the test servers sign tokens with. */
  public static final byte[] SECRET = "conduit-test-secret-0123456789abcdef".getBytes(
      StandardCharsets.UTF_8);

  /**
   * PBKDF2 iterations for the test servers: the standard 210,000 cost up to a second per user on a
   * busy machine; {@code PasswordsTest} checks the standard count itself.
   */
  static final int TEST_ITERATIONS = 1_000;

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(Conduits.class);
  private static final boolean IN_CI = "true".equalsIgnoreCase(System.getenv("CI"));
  private static final Map<String, Object> RUNNING = new HashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Conduits::closeAll, "conduit-test-drop"));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            Conduits.class, key -> (AutoCloseable) Conduits::closeAll, AutoCloseable.class);
  }

  /** The server for {@code purpose} on {@code backend}, seeded by {@code seed} when it starts. */
  public static synchronized Api api(Backend backend, String purpose, Consumer<Api> seed) {
    String key = backend + "/" + purpose;
    Object state = RUNNING.get(key);
    if (state == null) {
      state = start(backend, seed);
      RUNNING.put(key, state);
    }
    if (state instanceof Running running) {
      return running.api();
    }
    Backend.Unreachable reason = (Backend.Unreachable) state;
    if (IN_CI) {
      return Assertions.fail(backend + " is required in CI (CI=true): " + reason.getMessage());
    }
    return Assumptions.abort(reason.getMessage() + ": skipped (with CI=true this fails instead)");
  }

  private static Object start(Backend backend, Consumer<Api> seed) {
    String name = "conduit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Backend.Place place;
    try {
      place = backend.provision(name);
    } catch (Backend.Unreachable e) {
      return e;
    } catch (SQLException e) {
      throw new IllegalStateException("could not provision " + backend + " database " + name, e);
    }
    HikariDataSource pool = Database.pool(place.url(), null, null);
    ConduitServer server = null;
    try {
      Database.migrate(pool, place.url());
      server = ConduitServer.start(
              Database.jdbi(pool), SECRET, new Passwords(TEST_ITERATIONS), "127.0.0.1", 0);
      Running running = new Running(place, pool, server, new Api(server.port()));
      seed.accept(running.api());
      return running;
    } catch (RuntimeException | Error e) {
      if (server != null) {
        server.close();
      }
      pool.close();
      drop(place);
      throw e;
    }
  }

  private static synchronized void closeAll() {
    for (Object state : RUNNING.values()) {
      if (state instanceof Running running) {
        running.server().close();
        running.pool().close();
        drop(running.place());
      }
    }
    RUNNING.clear();
  }

  private static void drop(Backend.Place place) {
    try {
      place.drop().run();
    } catch (SQLException e) {
      System.err.println("Conduit tests: could not drop " + place.url() + ": " + e.getMessage());
    }
  }

  private record Running(Backend.Place place, HikariDataSource pool, ConduitServer server, Api api) {}
}
