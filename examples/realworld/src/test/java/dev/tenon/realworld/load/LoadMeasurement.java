package dev.tenon.realworld.load;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.zaxxer.hikari.HikariDataSource;
import dev.tenon.realworld.Database;
import dev.tenon.realworld.dao.Articles;
import dev.tenon.realworld.dao.Favorites;
import dev.tenon.realworld.dao.Follows;
import dev.tenon.realworld.dao.GeneratedSql;
import dev.tenon.realworld.dao.Tags;
import dev.tenon.realworld.dao.Users;
import dev.tenon.realworld.model.Article;
import dev.tenon.realworld.model.ArticleTag;
import dev.tenon.realworld.model.Favorite;
import dev.tenon.realworld.model.Follow;
import dev.tenon.realworld.model.User;
import dev.tenon.realworld.web.ConduitServer;
import dev.tenon.realworld.web.Passwords;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;

/**
 * Requests per second and p50/p99 latency of the list and the feed on PostgreSQL, measured over
 * loopback against a seeded schema of its own (dropped at the end): 1,000 users, 10,000 articles
 * with 0–3 of 50 tags, 50,000 favourites and 50,000 follows. Every seed row goes in through the
 * Tenon DAOs' batch inserts. Each scenario runs a fixed number of client threads in a closed loop
 * for a fixed time, so the run ends by itself. Run with {@code examples/realworld/load.sh}.
 */
public final class LoadMeasurement {

  private static final int USERS = 1_000;
  private static final int ARTICLES = 10_000;
  private static final int FAVORITES = 50_000;
  private static final int FOLLOWS_PER_USER = 50;
  private static final int TAGS = 50;
  private static final byte[] SECRET = UUID.randomUUID().toString().getBytes();

  public static void main(String[] args) throws Exception {
    int threads = Integer.getInteger("threads", 8);
    Duration warmup = Duration.ofSeconds(Integer.getInteger("warmupSeconds", 5));
    Duration measure = Duration.ofSeconds(Integer.getInteger("seconds", 15));
    String server =
        System.getenv().getOrDefault("TENON_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    String schema = "conduit_load_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    execute(server, "CREATE SCHEMA " + schema);
    String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try (HikariDataSource pool = Database.pool(url, null, null)) {
      Database.migrate(pool, url);
      Jdbi jdbi = Database.jdbi(pool);
      long seedStart = System.nanoTime();
      List<User> users = seed(jdbi);
      execute(url, "ANALYZE");
      System.out.printf("seeded in %.1f s%n", (System.nanoTime() - seedStart) / 1e9);
      explain(url, users.get(0).id());
      try (ConduitServer conduit =
          ConduitServer.start(jdbi, SECRET, Passwords.standard(), "127.0.0.1", 0)) {
        String base = "http://127.0.0.1:" + conduit.port() + "/api";
        List<String> tokens = new ArrayList<>();
        Algorithm algorithm = Algorithm.HMAC256(SECRET);
        for (int i = 0; i < 100; i++) {
          tokens.add(
              JWT.create().withIssuer("conduit").withSubject(Long.toString(users.get(i).id()))
                  .withExpiresAt(Instant.now().plusSeconds(3600)).sign(algorithm));
        }
        System.out.printf(
            "%d client threads, %d s warm-up, %d s measured, loopback, pool of 10 connections%n",
            threads, warmup.toSeconds(), measure.toSeconds());
        System.out.println("| Request | requests/s | p50 ms | p99 ms | requests |");
        System.out.println("| --- | --- | --- | --- | --- |");
        run("GET /api/articles?limit=20, anonymous", base + "/articles?limit=20", List.of(),
            threads, warmup, measure);
        run("GET /api/articles?limit=20, logged in", base + "/articles?limit=20", tokens,
            threads, warmup, measure);
        run("GET /api/articles/feed?limit=20", base + "/articles/feed?limit=20", tokens,
            threads, warmup, measure);
      }
    } finally {
      execute(server, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private static List<User> seed(Jdbi jdbi) {
    Random random = new Random(42);
    String hash = Passwords.standard().hash("load-password"); // one KDF run shared by every user
    List<User> drafts = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      drafts.add(User.draft("user" + i, "user" + i + "@load.test", hash));
    }
    List<User> users = jdbi.onDemand(Users.class).addAll(drafts);
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    List<Article> articleDrafts = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      Instant created = start.plusSeconds(60L * i);
      articleDrafts.add(
          new Article(0, "article-" + i, "Article " + i, "About article " + i,
              "Body of article " + i + ". ".repeat(50),
              users.get(random.nextInt(USERS)).id(), created, created));
    }
    List<Article> articles = jdbi.onDemand(Articles.class).addAll(articleDrafts);
    List<ArticleTag> tags = new ArrayList<>();
    for (Article article : articles) {
      Set<Integer> chosen = new HashSet<>();
      int count = random.nextInt(4);
      while (chosen.size() < count) {
        chosen.add(random.nextInt(TAGS));
      }
      chosen.forEach(tag -> tags.add(new ArticleTag(article.id(), "tag" + tag)));
    }
    jdbi.onDemand(Tags.class).addAll(tags);
    Set<Long> favoritePairs = new HashSet<>();
    List<Favorite> favorites = new ArrayList<>();
    while (favorites.size() < FAVORITES) {
      User user = users.get(random.nextInt(USERS));
      Article article = articles.get(random.nextInt(ARTICLES));
      if (favoritePairs.add(user.id() * 1_000_000L + article.id())) {
        favorites.add(new Favorite(user.id(), article.id()));
      }
    }
    jdbi.onDemand(Favorites.class).addAll(favorites);
    List<Follow> follows = new ArrayList<>();
    for (User user : users) {
      Set<Long> followed = new HashSet<>();
      while (followed.size() < FOLLOWS_PER_USER) {
        long other = users.get(random.nextInt(USERS)).id();
        if (other != user.id() && followed.add(other)) {
          follows.add(new Follow(user.id(), other));
        }
      }
    }
    jdbi.onDemand(Follows.class).addAll(follows);
    System.out.printf("%d users, %d articles, %d tags, %d favourites, %d follows%n",
        users.size(), articles.size(), tags.size(), favorites.size(), follows.size());
    return users;
  }

  /**
   * EXPLAIN ANALYZE of the two list statements as a logged-in user's first page without filters:
   * the page of ids, then the rows of those ids.
   */
  private static void explain(String url, long viewerId) throws Exception {
    try (Connection connection = DriverManager.getConnection(url)) {
      String page = GeneratedSql.listPage();
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(page)) {
        bindPage(statement);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getLong(1));
          }
        }
      }
      try (PreparedStatement explain = connection.prepareStatement(EXPLAIN + page)) {
        bindPage(explain);
        print("Articles.listPage", page, explain);
      }
      String total = GeneratedSql.listTotal();
      try (PreparedStatement explain = connection.prepareStatement(EXPLAIN + total)) {
        print("Articles.listPage (total)", total, explain);
      }
      String rows = GeneratedSql.rowsOnPostgres();
      try (PreparedStatement explain = connection.prepareStatement(EXPLAIN + rows)) {
        // In the order the SQL names them: ids (count), viewer and ids (favorited), viewer
        // (following), ids (WHERE).
        java.sql.Array array = connection.createArrayOf("bigint", ids.toArray());
        explain.setArray(1, array);
        explain.setLong(2, viewerId);
        explain.setArray(3, array);
        explain.setLong(4, viewerId);
        explain.setArray(5, array);
        print("Articles.rows", rows, explain);
      }
    }
  }

  private static final String EXPLAIN = "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ";

  /** No filter (so no filter's statement), the first 20: LIMIT and OFFSET. */
  private static void bindPage(PreparedStatement statement) throws java.sql.SQLException {
    statement.setInt(1, 20);
    statement.setInt(2, 0);
  }

  private static void print(String name, String sql, PreparedStatement explain)
      throws java.sql.SQLException {
    System.out.println(name + ":\n" + sql + "\nEXPLAIN ANALYZE:");
    try (ResultSet plan = explain.executeQuery()) {
      while (plan.next()) {
        System.out.println("  " + plan.getString(1));
      }
    }
  }

  private static void run(String name, String uri, List<String> tokens, int threads,
      Duration warmup, Duration measure) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    long warmEnd = System.nanoTime() + warmup.toNanos();
    long end = warmEnd + measure.toNanos();
    long[][] latencies = new long[threads][];
    int[] counts = new int[threads];
    AtomicInteger failures = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int worker = t;
      Thread thread =
          new Thread(
              () -> {
                long[] samples = new long[1 << 16];
                int n = 0;
                int request = worker;
                while (true) {
                  long started = System.nanoTime();
                  if (started >= end) {
                    break;
                  }
                  HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri));
                  if (!tokens.isEmpty()) {
                    builder.header("Authorization", "Token " + tokens.get(request++ % tokens.size()));
                  }
                  try {
                    HttpResponse<String> response =
                        client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                      failures.incrementAndGet();
                    }
                  } catch (Exception e) {
                    failures.incrementAndGet();
                  }
                  long finished = System.nanoTime();
                  if (started >= warmEnd && finished <= end) {
                    if (n == samples.length) {
                      samples = Arrays.copyOf(samples, n * 2);
                    }
                    samples[n++] = finished - started;
                  }
                }
                latencies[worker] = samples;
                counts[worker] = n;
              },
              "load-" + t);
      workers.add(thread);
      thread.start();
    }
    for (Thread thread : workers) {
      thread.join();
    }
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < threads; t++) {
      System.arraycopy(latencies[t], 0, all, at, counts[t]);
      at += counts[t];
    }
    Arrays.sort(all);
    System.out.printf("| %s | %.0f | %.1f | %.1f | %d%s |%n", name,
        total / (double) measure.toSeconds(), percentile(all, 0.50) / 1e6,
        percentile(all, 0.99) / 1e6, total,
        failures.get() == 0 ? "" : " (" + failures.get() + " failed)");
  }

  private static long percentile(long[] sorted, double fraction) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * fraction))];
  }

  private static void execute(String url, String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
