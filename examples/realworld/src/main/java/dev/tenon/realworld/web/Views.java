package dev.tenon.realworld.web;

import dev.tenon.realworld.dao.Articles.ArticleRow;
import dev.tenon.realworld.dao.Comments.CommentRow;
import dev.tenon.realworld.model.ArticleTag;
import dev.tenon.realworld.model.User;
import java.util.List;

/** The spec's JSON shapes, as records Jackson writes in component order. */
final class Views {

  private Views() {}

  record UserBody(String email, String token, String username, String bio, String image) {}

  record UserResponse(UserBody user) {}

  record Profile(String username, String bio, String image, boolean following) {}

  record ProfileResponse(Profile profile) {}

  record ArticleBody(
      String slug,
      String title,
      String description,
      String body,
      List<String> tagList,
      String createdAt,
      String updatedAt,
      boolean favorited,
      long favoritesCount,
      Profile author) {}

  record ArticleResponse(ArticleBody article) {}

  record ArticlesResponse(List<ArticleBody> articles, long articlesCount) {}

  record CommentBody(long id, String createdAt, String updatedAt, String body, Profile author) {}

  record CommentResponse(CommentBody comment) {}

  record CommentsResponse(List<CommentBody> comments) {}

  record TagsResponse(List<String> tags) {}

  record Errors(List<String> body) {}

  record ErrorResponse(Errors errors) {}

  static UserResponse user(User user, String token) {
    return new UserResponse(
        new UserBody(user.email(), token, user.username(), user.bio(), user.image()));
  }

  static Profile profile(User user, boolean following) {
    return new Profile(user.username(), user.bio(), user.image(), following);
  }

  static ArticleBody article(ArticleRow row) {
    return new ArticleBody(
        row.article().slug(),
        row.article().title(),
        row.article().description(),
        row.article().body(),
        row.tagRows().stream().map(ArticleTag::tag).toList(),
        Timestamps.format(row.article().createdAt()),
        Timestamps.format(row.article().updatedAt()),
        row.favorited(),
        row.favoritesCount(),
        profile(row.author(), row.following()));
  }

  static ArticlesResponse articles(List<ArticleRow> rows, long count) {
    return new ArticlesResponse(rows.stream().map(Views::article).toList(), count);
  }

  static CommentBody comment(CommentRow row) {
    return new CommentBody(
        row.comment().id(),
        Timestamps.format(row.comment().createdAt()),
        Timestamps.format(row.comment().updatedAt()),
        row.comment().body(),
        profile(row.author(), row.following()));
  }

  static ErrorResponse errors(List<String> messages) {
    return new ErrorResponse(new Errors(messages));
  }
}
