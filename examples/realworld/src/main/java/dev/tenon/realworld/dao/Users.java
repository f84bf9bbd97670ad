package dev.tenon.realworld.dao;

import dev.tenon.Dao;
import dev.tenon.Exists;
import dev.tenon.Insert;
import dev.tenon.Select;
import dev.tenon.Update;
import dev.tenon.Where;
import dev.tenon.realworld.model.User;
import java.util.List;
import java.util.Optional;

/** Registration, login, the current user and its update, and profiles as one viewer sees them. */
@Dao
public interface Users {

  /** Registers a user; returns it with the id the database assigned. */
  @Insert
  User add(User user);

  /** Bulk import (the load measurement's seed): one JDBC batch per 1,000 users, with their ids. */
  @Insert
  List<User> addAll(List<User> users);

  /** Saves every column of the user by its id; returns the rows changed (0 when it is gone). */
  @Update
  int save(User user);

  /** The user with this id (the token's subject). */
  @Select(from = User.class)
  @Where("user.id = :id")
  Optional<User> byId(long id);

  /** The user with this email, for login and the uniqueness check. */
  @Select(from = User.class)
  @Where("user.email = :email")
  Optional<User> byEmail(String email);

  /** The user with this username, for profiles and the uniqueness check. */
  @Select(from = User.class)
  @Where("user.username = :username")
  Optional<User> byUsername(String username);

  /**
   * A profile as {@code viewerId} sees it: the user and whether the viewer follows them (false for
   * an anonymous viewer, id 0, which no user has).
   */
  @Select(from = User.class)
  @Exists(path = "user.followers", where = "followers.followerId = :viewerId", as = "following")
  @Where("user.username = :username")
  Optional<ProfileRow> profile(String username, long viewerId);

  /** A user and the viewer's {@code following} flag. */
  record ProfileRow(User user, boolean following) {}
}
