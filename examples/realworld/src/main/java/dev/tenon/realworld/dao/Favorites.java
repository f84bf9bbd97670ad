package dev.tenon.realworld.dao;

import dev.tenon.Dao;
import dev.tenon.Delete;
import dev.tenon.Insert;
import dev.tenon.Select;
import dev.tenon.Where;
import dev.tenon.realworld.model.Favorite;
import java.util.List;
import java.util.Optional;

/** Favourite and unfavourite. */
@Dao
public interface Favorites {

  /** Stores "user favourited article". */
  @Insert
  int add(Favorite favorite);

  /** Bulk import (the load measurement's seed) as JDBC batches; returns the rows inserted. */
  @Insert
  int addAll(List<Favorite> favorites);

  /** Removes it by its key; returns the rows removed (0 when there was none). */
  @Delete
  int remove(Favorite favorite);

  /** The favourite row, if the user favourited the article. */
  @Select(from = Favorite.class)
  @Where("favorite.userId = :userId AND favorite.articleId = :articleId")
  Optional<Favorite> find(long userId, long articleId);

  /** Removes every favourite of an article, before the article itself. */
  @Delete(from = Favorite.class, where = "favorite.articleId = :articleId")
  int removeAllOf(long articleId);
}
