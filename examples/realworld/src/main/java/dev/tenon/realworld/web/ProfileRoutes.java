package dev.tenon.realworld.web;

import dev.tenon.realworld.dao.Follows;
import dev.tenon.realworld.dao.Users;
import dev.tenon.realworld.model.Follow;
import dev.tenon.realworld.model.User;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

/** {@code GET /api/profiles/{username}} and {@code POST}/{@code DELETE …/follow}. */
final class ProfileRoutes {

  private final Jdbi jdbi;
  private final Users users;
  private final Auth auth;

  ProfileRoutes(Jdbi jdbi, Auth auth) {
    this.jdbi = jdbi;
    this.users = jdbi.onDemand(Users.class);
    this.auth = auth;
  }

  void get(Context ctx) {
    long viewerId = auth.viewerId(ctx);
    respond(ctx, ctx.pathParam("username"), viewerId);
  }

  void follow(Context ctx) {
    User viewer = auth.required(ctx);
    User followed = existing(ctx.pathParam("username"));
    jdbi.useTransaction(
        handle -> {
          Follows follows = handle.attach(Follows.class);
          if (follows.find(viewer.id(), followed.id()).isEmpty()) {
            follows.add(new Follow(viewer.id(), followed.id()));
          }
        });
    respond(ctx, followed.username(), viewer.id());
  }

  void unfollow(Context ctx) {
    User viewer = auth.required(ctx);
    User followed = existing(ctx.pathParam("username"));
    jdbi.onDemand(Follows.class).remove(new Follow(viewer.id(), followed.id()));
    respond(ctx, followed.username(), viewer.id());
  }

  private User existing(String username) {
    return users.byUsername(username).orElseThrow(() -> ApiException.notFound("profile not found"));
  }

  private void respond(Context ctx, String username, long viewerId) {
    Users.ProfileRow row =
        users
            .profile(username, viewerId)
            .orElseThrow(() -> ApiException.notFound("profile not found"));
    ctx.json(new Views.ProfileResponse(Views.profile(row.user(), row.following())));
  }
}
