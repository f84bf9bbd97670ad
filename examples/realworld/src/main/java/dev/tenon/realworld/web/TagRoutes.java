package dev.tenon.realworld.web;

import dev.tenon.realworld.dao.Tags;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

/** {@code GET /api/tags}. */
final class TagRoutes {

  private final Tags tags;

  TagRoutes(Jdbi jdbi) {
    this.tags = jdbi.onDemand(Tags.class);
  }

  void list(Context ctx) {
    ctx.json(
        new Views.TagsResponse(
            tags.inUse().stream().map(Tags.TagName::tag).toList()));
  }
}
