package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.InnerJoin;
import dev.tenon.OrderBy;
import dev.tenon.Select;
import dev.tenon.examples.model.Blog;
import java.util.List;

/**
 * Scenario 8, "same row or any row". Django hides the difference in {@code filter(a, b)} versus
 * {@code filter(a).filter(b)}; here it is one alias or two, and each alias is one join.
 */
@Dao
public interface Blogs {

  /**
   * "Blogs with one entry that is both about Lennon and from 2008": both conditions on the same
   * joined row. {@code distinct} keeps a blog with two such entries once.
   */
  @Select(from = Blog.class, distinct = true)
  @InnerJoin(
      path = "blog.entries",
      as = "entry",
      on = "entry.headline LIKE '%Lennon%' AND entry.pubYear = 2008")
  @OrderBy("blog.id")
  List<Blog> withOneEntryAboutLennonFrom2008();

  /**
   * "Blogs with an entry about Lennon and an entry from 2008", possibly two different entries: two
   * aliases of one relation, two joins, each with its own condition.
   */
  @Select(from = Blog.class, distinct = true)
  @InnerJoin(path = "blog.entries", as = "lennon", on = "lennon.headline LIKE '%Lennon%'")
  @InnerJoin(path = "blog.entries", as = "year2008", on = "year2008.pubYear = 2008")
  @OrderBy("blog.id")
  List<Blog> withAnEntryAboutLennonAndAnEntryFrom2008();
}
