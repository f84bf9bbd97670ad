package dev.tenon.realworld.web;

import dev.tenon.realworld.dao.Comments;
import dev.tenon.realworld.dao.Comments.CommentRow;
import dev.tenon.realworld.model.Article;
import dev.tenon.realworld.model.Comment;
import dev.tenon.realworld.model.User;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.jdbi.v3.core.Jdbi;

/** {@code GET}/{@code POST /api/articles/{slug}/comments} and {@code DELETE …/comments/{id}}. */
final class CommentRoutes {

  private final Comments comments;
  private final ArticleRoutes articles;
  private final Auth auth;
  private final Requests requests;

  CommentRoutes(Jdbi jdbi, ArticleRoutes articles, Auth auth, Requests requests) {
    this.comments = jdbi.onDemand(Comments.class);
    this.articles = articles;
    this.auth = auth;
    this.requests = requests;
  }

  void list(Context ctx) {
    long viewerId = auth.viewerId(ctx);
    Article article = articles.existing(ctx.pathParam("slug"));
    ctx.json(
        new Views.CommentsResponse(
            comments.ofArticle(article.id(), viewerId).stream().map(Views::comment).toList()));
  }

  void add(Context ctx) {
    User user = auth.required(ctx);
    Article article = articles.existing(ctx.pathParam("slug"));
    Requests.Fields fields = new Requests.Fields(requests.body(ctx, "comment"));
    String body = fields.required("body", 100_000);
    fields.check();
    Instant now = Timestamps.now();
    Comment stored = comments.add(new Comment(0, article.id(), user.id(), body, now, now));
    CommentRow row = comments.withAuthor(stored.id(), user.id()).orElseThrow();
    ctx.json(new Views.CommentResponse(Views.comment(row)));
  }

  void delete(Context ctx) {
    User user = auth.required(ctx);
    Article article = articles.existing(ctx.pathParam("slug"));
    OptionalLong id = Requests.pathId(ctx, "id");
    Comment comment =
        (id.isPresent() ? comments.find(id.getAsLong(), article.id()) : Optional.<Comment>empty())
            .orElseThrow(() -> ApiException.notFound("comment not found"));
    if (comment.authorId() != user.id()) {
      throw ApiException.forbidden("only the author may delete this comment");
    }
    comments.remove(comment.id());
    ctx.status(200);
  }
}
