package dev.tenon.realworld.model;

import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Relation;
import dev.tenon.Table;
import java.time.Instant;

/** A comment on an article; {@code authorFollows} as on {@link Article}, for the author's flag. */
@Table("comments")
@Relation(name = "authorFollows", target = Follow.class, on = "authorId = followedId")
public record Comment(
    @Id(generated = true) long id,
    @ForeignKey(value = Article.class, related = "comments") long articleId,
    @ForeignKey(value = User.class, name = "author", related = "comments") long authorId,
    String body,
    Instant createdAt,
    Instant updatedAt) {}
