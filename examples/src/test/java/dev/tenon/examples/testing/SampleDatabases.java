package dev.tenon.examples.testing;

import dev.tenon.TenonPlugin;
import dev.tenon.examples.SampleData;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One sample database per {@link TestDatabase} per test run: provisioned on first use, loaded with
 * {@link SampleData}, shared by every test (they only read), and dropped when the run ends.
 *
 * <p>As a JUnit extension it ties that end to the run's root context; a shutdown hook is the
 * backup. A server that cannot be reached fails the test when {@code CI=true} and skips it
 * otherwise; the end of the run prints one line to stderr saying what was skipped.
 */
public final class SampleDatabases implements BeforeEachCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SampleDatabases.class);
  private static final boolean IN_CI = "true".equalsIgnoreCase(System.getenv("CI"));
  private static final Map<TestDatabase, State> STATES = new EnumMap<>(TestDatabase.class);

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(SampleDatabases::closeAll, "tenon-drop-test-databases"));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            SampleDatabases.class,
            key -> (AutoCloseable) SampleDatabases::closeAll,
            AutoCloseable.class);
  }

  static synchronized Jdbi jdbi(TestDatabase database) {
    State state = STATES.get(database);
    if (state == null) {
      state = open(database);
      STATES.put(database, state);
    }
    if (state instanceof Ready ready) {
      return ready.jdbi();
    }
    Missing missing = (Missing) state;
    Provisioner.Unreachable reason = missing.reason();
    if (IN_CI) {
      return Assertions.fail(
          reason.server
              + " is required in CI (CI=true): "
              + reason.getMessage()
              + "; "
              + reason.howToStart,
          reason);
    }
    missing.skipped().incrementAndGet();
    return Assumptions.abort(
        reason.getMessage()
            + ": skipped; "
            + reason.howToStart
            + " (with CI=true this fails instead)");
  }

  /** The provisioned data source under {@link #jdbi}: a pool may be put in front of it. */
  static synchronized javax.sql.DataSource dataSource(TestDatabase database) {
    jdbi(database); // provisions, fails or skips
    return ((Ready) STATES.get(database)).provisioned().dataSource();
  }

  private static State open(TestDatabase database) {
    String name = "tenon_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Provisioned provisioned;
    try {
      provisioned = database.provisioner().provision(name);
    } catch (Provisioner.Unreachable e) {
      return new Missing(e, new AtomicInteger());
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not provision the " + database + " test database " + name, e);
    }
    try {
      SampleData.load(provisioned.dataSource());
    } catch (SQLException | RuntimeException e) {
      drop(database, provisioned);
      throw new IllegalStateException(
          "Could not load the sample data into " + provisioned.where(), e);
    }
    Jdbi jdbi = Jdbi.create(provisioned.dataSource()).installPlugin(new TenonPlugin());
    return new Ready(provisioned, jdbi);
  }

  /** Drops every provisioned database and reports what was skipped; safe to call twice. */
  private static synchronized void closeAll() {
    for (Map.Entry<TestDatabase, State> entry : STATES.entrySet()) {
      if (entry.getValue() instanceof Ready ready) {
        drop(entry.getKey(), ready.provisioned());
      } else if (entry.getValue() instanceof Missing missing && missing.skipped().get() > 0) {
        System.err.println(
            "Tenon examples: skipped "
                + missing.skipped().get()
                + " test(s) on "
                + entry.getKey()
                + ": "
                + missing.reason().getMessage()
                + "; "
                + missing.reason().howToStart);
      }
    }
    STATES.clear();
  }

  private static void drop(TestDatabase database, Provisioned provisioned) {
    try {
      provisioned.drop().run();
    } catch (SQLException e) {
      System.err.println(
          "Tenon examples: could not drop the "
              + database
              + " test database at "
              + provisioned.where()
              + ": "
              + e.getMessage());
    }
  }

  private sealed interface State permits Ready, Missing {}

  private record Ready(Provisioned provisioned, Jdbi jdbi) implements State {}

  /** An unreachable server, and the tests skipped because of it. */
  private record Missing(Provisioner.Unreachable reason, AtomicInteger skipped) implements State {}
}
