package dev.tenon.realworld.dao;

import dev.tenon.Count;
import dev.tenon.Dao;
import dev.tenon.Delete;
import dev.tenon.Exists;
import dev.tenon.Expr;
import dev.tenon.Fetch;
import dev.tenon.InnerJoin;
import dev.tenon.Insert;
import dev.tenon.LeftJoin;
import dev.tenon.Limit;
import dev.tenon.Nullable;
import dev.tenon.Offset;
import dev.tenon.Page;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Update;
import dev.tenon.Where;
import dev.tenon.realworld.model.Article;
import dev.tenon.realworld.model.ArticleTag;
import dev.tenon.realworld.model.User;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Articles: the writes, one article as a viewer sees it, the filtered list and the feed.
 *
 * <p>A list is read in two steps: a page of ids (filtered, newest first, paged), then {@link
 * #rows} for those ids: the article, its author, the number of favourites (a derived table counted
 * once, never multiplied by the tags), whether the viewer favourited it and follows its author
 * (existence flags on the viewer's id; 0 for anonymous), and its tags by a second statement keyed
 * by the articles' ids ({@code Fetch.BATCH}).
 */
@Dao
public interface Articles {

  /** Adds an article; returns it with its generated id. */
  @Insert
  Article add(Article article);

  /** Bulk import (the load measurement's seed): one JDBC batch per 1,000 articles, with ids. */
  @Insert
  List<Article> addAll(List<Article> articles);

  /** Saves every column of the article by its id. */
  @Update
  int save(Article article);

  /** Removes the article by its id (its tags, favourites and comments go first). */
  @Delete(from = Article.class, where = "article.id = :id")
  int remove(long id);

  /** The article with this slug, for writes and the uniqueness check of a new slug. */
  @Select(from = Article.class)
  @Where("article.slug = :slug")
  Optional<Article> bySlug(String slug);

  /**
   * The articles with these ids as {@code viewerId} sees them, newest first. Every counted or
   * flagged derived table is limited to these ids, so a page of 20 counts the favourites of 20
   * articles, not of every article (a count over the whole table, joined to every article before
   * the LIMIT, made PostgreSQL sort all 10,000 articles for each page: see the README).
   */
  @Select(from = Article.class)
  @InnerJoin(path = "article.author", as = "author")
  @Count(path = "article.favorites", where = "favorites.articleId IN (:ids)", as = "favoritesCount")
  @Exists(
      path = "article.favorites",
      where = "favorites.userId = :viewerId AND favorites.articleId IN (:ids)",
      as = "favorited")
  @Exists(
      path = "article.authorFollows",
      where = "authorFollows.followerId = :viewerId",
      as = "following")
  @LeftJoin(path = "article.tags", as = "tagRows", fetch = Fetch.BATCH)
  @Where("article.id IN (:ids)")
  @OrderBy({"article.createdAt DESC", "article.id DESC"})
  List<ArticleRow> rows(Collection<Long> ids, long viewerId);

  /**
   * {@code GET /api/articles}: one page of ids, newest first, and how many articles match in all
   * ({@code articlesCount}). Each filter is an {@code @Exists}, left out with it when its
   * parameter is null: by tag, by the author's username, by the id of the user who favourited it.
   * Without filters the statements read the articles table alone. {@link #rows} then reads the
   * page.
   */
  @Select(from = Article.class)
  @Exists(path = "article.tags", where = "tags.tag = :tag", as = "tagged")
  @Exists(path = "article.author", where = "author.username = :author", as = "byAuthor")
  @Exists(path = "article.favorites", where = "favorites.userId = :favoritedBy", as = "liked")
  @Where(value = "tagged", optional = true)
  @Where(value = "byAuthor", optional = true)
  @Where(value = "liked", optional = true)
  @OrderBy({"article.createdAt DESC", "article.id DESC"})
  Page<ArticleId> listPage(
      @Nullable String tag,
      @Nullable String author,
      @Nullable Long favoritedBy,
      @Limit int limit,
      @Offset int offset);

  /**
   * {@code GET /api/articles/feed}: one page of the ids of the articles of the authors {@code
   * viewerId} follows, and how many there are in all.
   */
  @Select(from = Article.class)
  @Exists(
      path = "article.authorFollows",
      where = "authorFollows.followerId = :viewerId",
      as = "following")
  @Where("following")
  @OrderBy({"article.createdAt DESC", "article.id DESC"})
  Page<ArticleId> feedPage(long viewerId, @Limit int limit, @Offset int offset);

  /** An article as one viewer sees it; {@code tagRows} in tag order. */
  record ArticleRow(
      Article article,
      User author,
      long favoritesCount,
      boolean favorited,
      boolean following,
      List<ArticleTag> tagRows) {}

  /** Only an article's id. */
  record ArticleId(@Expr("article.id") long id) {}
}
