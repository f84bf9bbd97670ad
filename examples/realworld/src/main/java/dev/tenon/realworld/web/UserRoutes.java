package dev.tenon.realworld.web;

import dev.tenon.realworld.dao.Users;
import dev.tenon.realworld.model.User;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** {@code POST /api/users}, {@code POST /api/users/login}, {@code GET} and {@code PUT /api/user}. */
final class UserRoutes {

  private final Jdbi jdbi;
  private final Users users;
  private final Auth auth;
  private final Requests requests;
  private final Passwords passwords;

  UserRoutes(Jdbi jdbi, Auth auth, Requests requests, Passwords passwords) {
    this.passwords = passwords;
    this.jdbi = jdbi;
    this.users = jdbi.onDemand(Users.class);
    this.auth = auth;
    this.requests = requests;
  }

  void register(Context ctx) {
    Requests.Fields fields = new Requests.Fields(requests.body(ctx, "user"));
    String username = fields.required("username", Requests.MAX_SHORT_TEXT);
    String email = fields.required("email", Requests.MAX_SHORT_TEXT);
    String password = fields.required("password", Requests.MAX_SHORT_TEXT);
    if (email != null && !looksLikeEmail(email)) {
      fields.problem("email is invalid");
    }
    fields.check();
    User stored =
        jdbi.inTransaction(
            handle -> {
              Users inTransaction = handle.attach(Users.class);
              checkUnique(inTransaction, username, email, 0);
              return inTransaction.add(User.draft(username, email, passwords.hash(password)));
            });
    ctx.status(201).json(Views.user(stored, auth.tokenFor(stored)));
  }

  void login(Context ctx) {
    Requests.Fields fields = new Requests.Fields(requests.body(ctx, "user"));
    String email = fields.required("email", Requests.MAX_SHORT_TEXT);
    String password = fields.required("password", Requests.MAX_SHORT_TEXT);
    fields.check();
    User user =
        users
            .byEmail(email)
            .filter(found -> Passwords.matches(password, found.passwordHash()))
            .orElseThrow(() -> ApiException.unauthorized("email or password is invalid"));
    ctx.json(Views.user(user, auth.tokenFor(user)));
  }

  void current(Context ctx) {
    User user = auth.required(ctx);
    ctx.json(Views.user(user, auth.tokenFor(user)));
  }

  void update(Context ctx) {
    User user = auth.required(ctx);
    Requests.Fields fields = new Requests.Fields(requests.body(ctx, "user"));
    Optional<String> username = fields.optional("username", Requests.MAX_SHORT_TEXT);
    Optional<String> email = fields.optional("email", Requests.MAX_SHORT_TEXT);
    Optional<String> password = fields.optional("password", Requests.MAX_SHORT_TEXT);
    Optional<Optional<String>> bio = fields.nullable("bio", 10_000);
    Optional<Optional<String>> image = fields.nullable("image", 2_048);
    if (!fields.has("username") && !fields.has("email") && !fields.has("password")
        && !fields.has("bio") && !fields.has("image")) {
      fields.problem("user must have at least one of email, username, password, bio, image");
    }
    email.filter(text -> !looksLikeEmail(text)).ifPresent(text -> fields.problem("email is invalid"));
    fields.check();
    User changed =
        new User(
            user.id(),
            username.orElse(user.username()),
            email.orElse(user.email()),
            password.map(passwords::hash).orElse(user.passwordHash()),
            bio.isPresent() ? bio.get().orElse(null) : user.bio(),
            image.isPresent() ? image.get().orElse(null) : user.image());
    jdbi.useTransaction(
        handle -> {
          Users inTransaction = handle.attach(Users.class);
          checkUnique(inTransaction, changed.username(), changed.email(), user.id());
          inTransaction.save(changed);
        });
    ctx.json(Views.user(changed, auth.tokenFor(changed)));
  }

  /** 422 when another user (not {@code self}) has the username or the email. */
  private static void checkUnique(Users users, String username, String email, long self) {
    List<String> taken = new ArrayList<>();
    if (users.byUsername(username).filter(other -> other.id() != self).isPresent()) {
      taken.add("username has already been taken");
    }
    if (users.byEmail(email).filter(other -> other.id() != self).isPresent()) {
      taken.add("email has already been taken");
    }
    if (!taken.isEmpty()) {
      throw ApiException.invalid(taken);
    }
  }

  private static boolean looksLikeEmail(String email) {
    int at = email.indexOf('@');
    return at > 0 && at == email.lastIndexOf('@') && at < email.length() - 1 && !email.contains(" ");
  }
}
