package dev.tenon.realworld.dao;

import dev.tenon.Dao;
import dev.tenon.Delete;
import dev.tenon.Exists;
import dev.tenon.InnerJoin;
import dev.tenon.Insert;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.Where;
import dev.tenon.realworld.model.Comment;
import dev.tenon.realworld.model.User;
import java.util.List;
import java.util.Optional;

/** Comments on an article: add, list with each author's profile, delete. */
@Dao
public interface Comments {

  /** Adds a comment; returns it with its generated id. */
  @Insert
  Comment add(Comment comment);

  /** The comment with this id on this article. */
  @Select(from = Comment.class)
  @Where("comment.id = :id AND comment.articleId = :articleId")
  Optional<Comment> find(long id, long articleId);

  /**
   * The article's comments, oldest first, each with its author and whether {@code viewerId}
   * follows that author.
   */
  @Select(from = Comment.class)
  @InnerJoin(path = "comment.author", as = "author")
  @Exists(
      path = "comment.authorFollows",
      where = "authorFollows.followerId = :viewerId",
      as = "following")
  @Where("comment.articleId = :articleId")
  @OrderBy({"comment.createdAt", "comment.id"})
  List<CommentRow> ofArticle(long articleId, long viewerId);

  /** One comment with its author, as {@code viewerId} sees them: the answer to adding it. */
  @Select(from = Comment.class)
  @InnerJoin(path = "comment.author", as = "author")
  @Exists(
      path = "comment.authorFollows",
      where = "authorFollows.followerId = :viewerId",
      as = "following")
  @Where("comment.id = :id")
  Optional<CommentRow> withAuthor(long id, long viewerId);

  /** Removes one comment by its id. */
  @Delete(from = Comment.class, where = "comment.id = :id")
  int remove(long id);

  /** Removes every comment of an article, before the article itself. */
  @Delete(from = Comment.class, where = "comment.articleId = :articleId")
  int removeAllOf(long articleId);

  /** A comment, its author, and the viewer's {@code following} flag for that author. */
  record CommentRow(Comment comment, User author, boolean following) {}
}
