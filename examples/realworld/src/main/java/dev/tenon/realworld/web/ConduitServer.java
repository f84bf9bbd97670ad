package dev.tenon.realworld.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Conduit HTTP API on Javalin: the spec's paths under {@code /api}, JSON both ways, and every
 * refusal as {@code {"errors": {"body": [...]}}} with the spec's status (401, 403, 404, 422).
 */
public final class ConduitServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ConduitServer.class);

  private final Javalin app;

  private ConduitServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts the API on {@code host:port} (port 0 picks a free one) over {@code jdbi}, signing tokens
   * with {@code secret} and hashing new passwords with {@code passwords}.
   */
  public static ConduitServer start(
      Jdbi jdbi, byte[] secret, Passwords passwords, String host, int port) {
    ObjectMapper mapper = new ObjectMapper();
    Requests requests = new Requests(mapper);
    Auth auth = new Auth(new Tokens(secret), jdbi);
    UserRoutes users = new UserRoutes(jdbi, auth, requests, passwords);
    ProfileRoutes profiles = new ProfileRoutes(jdbi, auth);
    ArticleRoutes articles = new ArticleRoutes(jdbi, auth, requests);
    CommentRoutes comments = new CommentRoutes(jdbi, articles, auth, requests);
    TagRoutes tags = new TagRoutes(jdbi);
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.jsonMapper(new JavalinJackson(mapper, false));
              config.routes.exception(
                  ApiException.class,
                  (e, ctx) -> ctx.status(e.status).json(Views.errors(e.messages)));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    if (isConstraintViolation(e)) {
                      // Two requests raced past the same check (a username, a slug, a follow):
                      // the database's unique key refused the second.
                      ctx.status(422).json(Views.errors(List.of(
                          "the request conflicts with a change made at the same time; retry it")));
                      return;
                    }
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    ctx.status(500).json(Views.errors(List.of("internal error")));
                  });
              config.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> ctx.status(e.getStatus()).json(Views.errors(List.of(e.getMessage()))));
              config.routes.post("/api/users/login", users::login);
              config.routes.post("/api/users", users::register);
              config.routes.get("/api/user", users::current);
              config.routes.put("/api/user", users::update);
              config.routes.get("/api/profiles/{username}", profiles::get);
              config.routes.post("/api/profiles/{username}/follow", profiles::follow);
              config.routes.delete("/api/profiles/{username}/follow", profiles::unfollow);
              config.routes.get("/api/articles/feed", articles::feed);
              config.routes.get("/api/articles", articles::list);
              config.routes.post("/api/articles", articles::create);
              config.routes.get("/api/articles/{slug}", articles::get);
              config.routes.put("/api/articles/{slug}", articles::update);
              config.routes.delete("/api/articles/{slug}", articles::delete);
              config.routes.post("/api/articles/{slug}/favorite", articles::favorite);
              config.routes.delete("/api/articles/{slug}/favorite", articles::unfavorite);
              config.routes.get("/api/articles/{slug}/comments", comments::list);
              config.routes.post("/api/articles/{slug}/comments", comments::add);
              config.routes.delete("/api/articles/{slug}/comments/{id}", comments::delete);
              config.routes.get("/api/tags", tags::list);
            });
    app.start(host, port);
    return new ConduitServer(app);
  }

  /** Whether a SQL state of class 23 (integrity constraint violation) caused {@code failure}. */
  static boolean isConstraintViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
