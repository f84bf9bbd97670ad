package dev.tenon.realworld.model;

import dev.tenon.ForeignKey;
import dev.tenon.Id;
import dev.tenon.Relation;
import dev.tenon.Table;
import java.time.Instant;

/**
 * An article. {@code slug} is unique in the schema. {@code authorFollows} are the follow rows of
 * the article's author: the author's {@code following} flag and the feed's filter read them from
 * the article itself, so the condition names only the relation's own rows and a parameter.
 */
@Table("articles")
@Relation(name = "authorFollows", target = Follow.class, on = "authorId = followedId")
public record Article(
    @Id(generated = true) long id,
    String slug,
    String title,
    String description,
    String body,
    @ForeignKey(value = User.class, name = "author", related = "articles") long authorId,
    Instant createdAt,
    Instant updatedAt) {}
