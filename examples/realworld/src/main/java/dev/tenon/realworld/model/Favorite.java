package dev.tenon.realworld.model;

import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Table;

/** "{@code userId} favourited {@code articleId}": counted per article, and my flag on each. */
@Table("favorites")
public record Favorite(
    @Id @ForeignKey(value = User.class, name = "fan", related = "favorites") long userId,
    @Id @ForeignKey(value = Article.class, related = "favorites") long articleId) {}
