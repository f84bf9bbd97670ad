package dev.tenon.realworld.web;

import dev.tenon.realworld.dao.Users;
import dev.tenon.realworld.model.User;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;

/**
 * Who is asking: {@code Authorization: Token <jwt>}. Endpoints that need a user refuse a missing
 * header with 401; every endpoint refuses a header that is present but not a valid token of a
 * user that still exists (a forged, expired or stale token is never read as anonymous).
 */
final class Auth {

  /** The viewer id of an anonymous request: ids start at 1, so it matches no follow or favourite. */
  static final long ANONYMOUS = 0;

  private static final String SCHEME = "Token ";

  private final Tokens tokens;
  private final Users users;

  Auth(Tokens tokens, Jdbi jdbi) {
    this.tokens = tokens;
    this.users = jdbi.onDemand(Users.class);
  }

  String tokenFor(User user) {
    return tokens.issue(user.id());
  }

  /** The signed-in user, or 401. */
  User required(Context ctx) {
    return optional(ctx).orElseThrow(() -> ApiException.unauthorized("missing authorization"));
  }

  /** The signed-in user, empty for a request without the header, 401 for a bad token. */
  Optional<User> optional(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    if (!header.startsWith(SCHEME)) {
      throw ApiException.unauthorized("authorization must be 'Token <jwt>'");
    }
    OptionalLong id = tokens.verify(header.substring(SCHEME.length()).trim());
    if (id.isEmpty()) {
      throw ApiException.unauthorized("invalid token");
    }
    return Optional.of(
        users.byId(id.getAsLong()).orElseThrow(() -> ApiException.unauthorized("unknown user")));
  }

  /** The viewer's id for the flags of a read, {@link #ANONYMOUS} without a token. */
  long viewerId(Context ctx) {
    return optional(ctx).map(User::id).orElse(ANONYMOUS);
  }
}
