package dev.tenon.realworld.model;

import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Table;

/** One tag of one article; an article's {@code tagList} is its rows, in tag order. */
@Table("article_tags")
public record ArticleTag(
    @Id @ForeignKey(value = Article.class, related = "tags") long articleId, @Id String tag) {}
