package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.examples.model.Blog;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.util.List;

/** Scenario 8: one alias means the same row; two aliases mean any rows. */
class BlogsTest {

  private static final Blog BEATLES_BLOG = new Blog(1, "Beatles Blog");
  private static final Blog POP_ARCHIVE = new Blog(2, "Pop Archive");

  @OnEachDatabase
  void oneAliasWantsOneEntryThatIsBoth(TestDatabase database) {
    // Beatles Blog has two such entries and is listed once; Pop Archive's Lennon entry is from
    // 2005 and its 2008 entry is about Oasis, so it is not listed.
    assertEquals(
        List.of(BEATLES_BLOG), database.onDemand(Blogs.class).withOneEntryAboutLennonFrom2008());
  }

  @OnEachDatabase
  void twoAliasesAcceptTwoDifferentEntries(TestDatabase database) {
    // Jazz Notes (2008, no Lennon), Empty Blog and Lennon Fans (no 2008) stay out.
    assertEquals(
        List.of(BEATLES_BLOG, POP_ARCHIVE),
        database.onDemand(Blogs.class).withAnEntryAboutLennonAndAnEntryFrom2008());
  }
}
