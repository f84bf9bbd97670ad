package dev.tenon.realworld.dao;

import dev.tenon.Dao;
import dev.tenon.Delete;
import dev.tenon.Expr;
import dev.tenon.Insert;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.realworld.model.ArticleTag;
import java.util.List;

/** Tags: an article's are stored with it; {@code GET /api/tags} lists every tag in use. */
@Dao
public interface Tags {

  /** Stores an article's tags as one batch; returns the rows inserted. */
  @Insert
  int addAll(List<ArticleTag> tags);

  /** Removes every tag of an article, before the article itself. */
  @Delete(from = ArticleTag.class, where = "articleTag.articleId = :articleId")
  int removeAllOf(long articleId);

  /** Every tag used by some article, once each, in order. */
  @Select(from = ArticleTag.class, distinct = true)
  @OrderBy("articleTag.tag")
  List<TagName> inUse();

  /** One tag's text. */
  record TagName(@Expr("articleTag.tag") String tag) {}
}
