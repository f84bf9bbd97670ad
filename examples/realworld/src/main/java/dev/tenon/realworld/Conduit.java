package dev.tenon.realworld;

import com.zaxxer.hikari.HikariDataSource;
import dev.tenon.realworld.web.ConduitServer;
import dev.tenon.realworld.web.Passwords;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Starts the Conduit API: {@code Conduit [--port N] [--host H]}. The database is {@code
 * CONDUIT_DB_URL} (with {@code CONDUIT_DB_USER}, {@code CONDUIT_DB_PASSWORD}), by default an empty
 * in-memory H2; tokens are signed with {@code CONDUIT_JWT_SECRET}, by default a random secret, so
 * tokens do not outlive the process.
 */
public final class Conduit {

  static final String DEFAULT_URL = "jdbc:h2:mem:conduit;DB_CLOSE_DELAY=-1";

  private Conduit() {}

  public static void main(String[] args) {
    int port = 8080;
    String host = "0.0.0.0";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
        case "--host" -> host = value(args, ++i, "--host");
        default -> {
          System.err.println("usage: run.sh [--port N] [--host H]; unknown argument " + args[i]);
          System.exit(2);
        }
      }
    }
    String url = System.getenv().getOrDefault("CONDUIT_DB_URL", DEFAULT_URL);
    HikariDataSource pool =
        Database.pool(url, System.getenv("CONDUIT_DB_USER"), System.getenv("CONDUIT_DB_PASSWORD"));
    Database.migrate(pool, url);
    ConduitServer server = ConduitServer.start(Database.jdbi(pool), secret(), Passwords.standard(), host, port);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  pool.close();
                },
                "conduit-shutdown"));
    System.out.println(
        "Conduit API on http://" + host + ":" + server.port() + "/api (database " + url + ")");
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      System.err.println(option + " needs a value");
      System.exit(2);
    }
    return args[index];
  }

  private static byte[] secret() {
    String configured = System.getenv("CONDUIT_JWT_SECRET");
    if (configured != null && !configured.isBlank()) {
      return configured.getBytes(StandardCharsets.UTF_8);
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return random;
  }
}
