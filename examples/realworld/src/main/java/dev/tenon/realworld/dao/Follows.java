package dev.tenon.realworld.dao;

import dev.tenon.Dao;
import dev.tenon.Delete;
import dev.tenon.Insert;
import dev.tenon.Select;
import dev.tenon.Where;
import dev.tenon.realworld.model.Follow;
import java.util.List;
import java.util.Optional;

/** Follow and unfollow. */
@Dao
public interface Follows {

  /** Stores "follower follows followed". */
  @Insert
  int add(Follow follow);

  /** Bulk import (the load measurement's seed) as JDBC batches; returns the rows inserted. */
  @Insert
  int addAll(List<Follow> follows);

  /** Removes it by its key; returns the rows removed (0 when there was none). */
  @Delete
  int remove(Follow follow);

  /** The follow row, if the follower follows the followed user. */
  @Select(from = Follow.class)
  @Where("follow.followerId = :followerId AND follow.followedId = :followedId")
  Optional<Follow> find(long followerId, long followedId);
}
