package dev.tenon.realworld.web;

import dev.tenon.realworld.dao.Articles;
import dev.tenon.realworld.dao.Articles.ArticleRow;
import dev.tenon.realworld.dao.Comments;
import dev.tenon.realworld.dao.Favorites;
import dev.tenon.realworld.dao.Tags;
import dev.tenon.realworld.dao.Users;
import dev.tenon.realworld.model.Article;
import dev.tenon.realworld.model.ArticleTag;
import dev.tenon.realworld.model.Favorite;
import dev.tenon.realworld.model.User;
import dev.tenon.Page;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The article endpoints: list, feed, get, create, update, delete, favourite, unfavourite. */
final class ArticleRoutes {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  private static final int MAX_SLUG_TRIES = 5;

  private final Jdbi jdbi;
  private final Articles articles;
  private final Users users;
  private final Auth auth;
  private final Requests requests;

  ArticleRoutes(Jdbi jdbi, Auth auth, Requests requests) {
    this.jdbi = jdbi;
    this.articles = jdbi.onDemand(Articles.class);
    this.users = jdbi.onDemand(Users.class);
    this.auth = auth;
    this.requests = requests;
  }

  void list(Context ctx) {
    long viewerId = auth.viewerId(ctx);
    int limit = Requests.paging(ctx, "limit", DEFAULT_LIMIT, MAX_LIMIT);
    int offset = Requests.paging(ctx, "offset", 0, Integer.MAX_VALUE);
    String tag = ctx.queryParam("tag");
    String author = ctx.queryParam("author");
    String favorited = ctx.queryParam("favorited");
    Long favoritedBy = null;
    if (favorited != null) {
      Optional<User> fan = users.byUsername(favorited);
      if (fan.isEmpty()) {
        ctx.json(Views.articles(List.of(), 0));
        return;
      }
      favoritedBy = fan.get().id();
    }
    respondWithPage(ctx, articles.listPage(tag, author, favoritedBy, limit, offset), viewerId);
  }

  void feed(Context ctx) {
    User viewer = auth.required(ctx);
    int limit = Requests.paging(ctx, "limit", DEFAULT_LIMIT, MAX_LIMIT);
    int offset = Requests.paging(ctx, "offset", 0, Integer.MAX_VALUE);
    respondWithPage(ctx, articles.feedPage(viewer.id(), limit, offset), viewer.id());
  }

  void get(Context ctx) {
    long viewerId = auth.viewerId(ctx);
    respond(ctx, ctx.pathParam("slug"), viewerId, 200);
  }

  void create(Context ctx) {
    User author = auth.required(ctx);
    Requests.Fields fields = new Requests.Fields(requests.body(ctx, "article"));
    String title = fields.required("title", Requests.MAX_SHORT_TEXT);
    String description = fields.required("description", Requests.MAX_SHORT_TEXT);
    String body = fields.required("body", 100_000);
    List<String> tags = fields.strings("tagList", Requests.MAX_SHORT_TEXT);
    fields.check();
    Instant now = Timestamps.now();
    Article stored =
        jdbi.inTransaction(
            handle -> {
              Articles inTransaction = handle.attach(Articles.class);
              String slug = freeSlug(inTransaction, Slugs.of(title));
              Article article =
                  inTransaction.add(
                      new Article(0, slug, title, description, body, author.id(), now, now));
              handle
                  .attach(Tags.class)
                  .addAll(tags.stream().map(tag -> new ArticleTag(article.id(), tag)).toList());
              return article;
            });
    respond(ctx, stored.slug(), author.id(), 201);
  }

  void update(Context ctx) {
    User user = auth.required(ctx);
    Article article = own(ctx.pathParam("slug"), user);
    Requests.Fields fields = new Requests.Fields(requests.body(ctx, "article"));
    Optional<String> title = fields.optional("title", Requests.MAX_SHORT_TEXT);
    Optional<String> description = fields.optional("description", Requests.MAX_SHORT_TEXT);
    Optional<String> body = fields.optional("body", 100_000);
    fields.check();
    Article changed =
        jdbi.inTransaction(
            handle -> {
              Articles inTransaction = handle.attach(Articles.class);
              String slug =
                  title.isPresent() && !title.get().equals(article.title())
                      ? freeSlug(inTransaction, Slugs.of(title.get()))
                      : article.slug();
              Article next =
                  new Article(
                      article.id(),
                      slug,
                      title.orElse(article.title()),
                      description.orElse(article.description()),
                      body.orElse(article.body()),
                      article.authorId(),
                      article.createdAt(),
                      Timestamps.now());
              inTransaction.save(next);
              return next;
            });
    respond(ctx, changed.slug(), user.id(), 200);
  }

  void delete(Context ctx) {
    User user = auth.required(ctx);
    Article article = own(ctx.pathParam("slug"), user);
    jdbi.useTransaction(
        handle -> {
          handle.attach(Tags.class).removeAllOf(article.id());
          handle.attach(Favorites.class).removeAllOf(article.id());
          handle.attach(Comments.class).removeAllOf(article.id());
          handle.attach(Articles.class).remove(article.id());
        });
    ctx.status(200);
  }

  void favorite(Context ctx) {
    User user = auth.required(ctx);
    Article article = existing(ctx.pathParam("slug"));
    jdbi.useTransaction(
        handle -> {
          Favorites favorites = handle.attach(Favorites.class);
          if (favorites.find(user.id(), article.id()).isEmpty()) {
            favorites.add(new Favorite(user.id(), article.id()));
          }
        });
    respond(ctx, article.slug(), user.id(), 200);
  }

  void unfavorite(Context ctx) {
    User user = auth.required(ctx);
    Article article = existing(ctx.pathParam("slug"));
    jdbi.onDemand(Favorites.class).remove(new Favorite(user.id(), article.id()));
    respond(ctx, article.slug(), user.id(), 200);
  }

  /** The article with this slug, or 404. */
  Article existing(String slug) {
    return articles.bySlug(slug).orElseThrow(() -> ApiException.notFound("article not found"));
  }

  /** The article with this slug if {@code user} wrote it: 404 when there is none, else 403. */
  private Article own(String slug, User user) {
    Article article = existing(slug);
    if (article.authorId() != user.id()) {
      throw ApiException.forbidden("only the author may change this article");
    }
    return article;
  }

  private void respond(Context ctx, String slug, long viewerId, int status) {
    Article article = existing(slug);
    ArticleRow row = articles.rows(List.of(article.id()), viewerId).get(0);
    ctx.status(status).json(new Views.ArticleResponse(Views.article(row)));
  }

  /** The page's rows as {@code viewerId} sees them, and the page's total as articlesCount. */
  private void respondWithPage(Context ctx, Page<Articles.ArticleId> page, long viewerId) {
    List<Long> ids = page.rows().stream().map(Articles.ArticleId::id).toList();
    List<ArticleRow> rows = ids.isEmpty() ? List.of() : articles.rows(ids, viewerId);
    ctx.json(Views.articles(rows, page.total()));
  }

  /** {@code base} if no article has it, else {@code base} with a random suffix that none has. */
  private static String freeSlug(Articles articles, String base) {
    String slug = base;
    for (int attempt = 0; attempt < MAX_SLUG_TRIES; attempt++) {
      if (articles.bySlug(slug).isEmpty()) {
        return slug;
      }
      slug = Slugs.withSuffix(base);
    }
    throw new IllegalStateException("no free slug for " + base + " after " + MAX_SLUG_TRIES);
  }
}
