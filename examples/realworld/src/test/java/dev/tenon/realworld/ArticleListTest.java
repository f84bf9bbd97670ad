package dev.tenon.realworld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tenon.realworld.testing.Api;
import dev.tenon.realworld.testing.Backend;
import dev.tenon.realworld.testing.Conduits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code GET /api/articles} and the feed against exact answers on a small seeded set, worked out by
 * hand below: every filter alone and combined, paging edges, the counts, and the favorited /
 * following flags as anonymous, alice, bob and carol see them.
 *
 * <pre>
 * follows:   alice → bob;  carol → alice, carol → bob
 * articles (oldest first; the list is newest first):
 *   a1 bob   "Bob one"    [java, sql]           favourited by alice
 *   a2 alice "Alice one"  [java]                favourited by carol
 *   a3 carol "Carol one"  []
 *   a4 bob   "Bob two"    [sql, tenon, java]    favourited by alice, carol (2, not 2 × 3 tags)
 *   a5 alice "Alice two"  [tenon]               favourited by bob
 *   a6 bob   "Same title" []
 *   a7 carol "Same title" [sql]                 (a slug of its own)
 * </pre>
 */
@ExtendWith(Conduits.class)
class ArticleListTest {

  private static final Map<Backend, Map<String, String>> TOKENS = new ConcurrentHashMap<>();
  private static final Map<Backend, Map<String, String>> SLUGS = new ConcurrentHashMap<>();

  /** What one list item says, in the order of the checks below. */
  record Item(String title, String author, List<String> tags, long favoritesCount,
      boolean favorited, boolean following) {}

  private static Api api(Backend backend) {
    return Conduits.api(backend, "lists", api -> seed(backend, api));
  }

  private static void seed(Backend backend, Api api) {
    Map<String, String> tokens = new ConcurrentHashMap<>();
    for (String name : List.of("alice", "bob", "carol")) {
      tokens.put(name, api.register(name));
    }
    Map<String, String> slugs = new ConcurrentHashMap<>();
    slugs.put("a1", create(api, tokens.get("bob"), "Bob one", List.of("java", "sql")));
    slugs.put("a2", create(api, tokens.get("alice"), "Alice one", List.of("java")));
    slugs.put("a3", create(api, tokens.get("carol"), "Carol one", List.of()));
    slugs.put("a4", create(api, tokens.get("bob"), "Bob two", List.of("sql", "tenon", "java")));
    slugs.put("a5", create(api, tokens.get("alice"), "Alice two", List.of("tenon")));
    slugs.put("a6", create(api, tokens.get("bob"), "Same title", List.of()));
    slugs.put("a7", create(api, tokens.get("carol"), "Same title", List.of("sql")));
    follow(api, tokens.get("alice"), "bob");
    follow(api, tokens.get("carol"), "alice");
    follow(api, tokens.get("carol"), "bob");
    favorite(api, tokens.get("alice"), slugs.get("a1"));
    favorite(api, tokens.get("alice"), slugs.get("a4"));
    favorite(api, tokens.get("carol"), slugs.get("a4"));
    favorite(api, tokens.get("carol"), slugs.get("a2"));
    favorite(api, tokens.get("bob"), slugs.get("a5"));
    TOKENS.put(backend, tokens);
    SLUGS.put(backend, slugs);
  }

  private static String create(Api api, String token, String title, List<String> tags) {
    Api.Reply reply =
        api.post(
            "/articles",
            token,
            Map.of("article", Map.of("title", title, "description", "about " + title,
                "body", "the body of " + title, "tagList", tags)));
    assertEquals(201, reply.status(), reply.text());
    return reply.json().path("article").path("slug").asText();
  }

  private static void follow(Api api, String token, String username) {
    assertEquals(200, api.post("/profiles/" + username + "/follow", token, "").status());
  }

  private static void favorite(Api api, String token, String slug) {
    assertEquals(200, api.post("/articles/" + slug + "/favorite", token, "").status());
  }

  private static String token(Backend backend, String name) {
    return name == null ? null : TOKENS.get(backend).get(name);
  }

  /** The list at {@code path} as {@code viewer} (null: anonymous) sees it, with its count. */
  private static List<Item> list(Backend backend, String viewer, String path, long count) {
    Api.Reply reply = api(backend).get(path, token(backend, viewer));
    assertEquals(200, reply.status(), path + ": " + reply.text());
    assertEquals(count, reply.json().path("articlesCount").asLong(), path + ": articlesCount");
    List<Item> items = new ArrayList<>();
    for (JsonNode article : reply.json().path("articles")) {
      List<String> tags = new ArrayList<>();
      article.path("tagList").forEach(tag -> tags.add(tag.asText()));
      items.add(
          new Item(
              article.path("title").asText(),
              article.path("author").path("username").asText(),
              tags,
              article.path("favoritesCount").asLong(),
              article.path("favorited").asBoolean(),
              article.path("author").path("following").asBoolean()));
    }
    return items;
  }

  private static List<String> titles(List<Item> items) {
    return items.stream().map(item -> item.author() + ":" + item.title()).toList();
  }

  private static final Item A1 = new Item("Bob one", "bob", List.of("java", "sql"), 1, false, false);
  private static final Item A2 = new Item("Alice one", "alice", List.of("java"), 1, false, false);
  private static final Item A3 = new Item("Carol one", "carol", List.of(), 0, false, false);
  private static final Item A4 =
      new Item("Bob two", "bob", List.of("java", "sql", "tenon"), 2, false, false);
  private static final Item A5 = new Item("Alice two", "alice", List.of("tenon"), 1, false, false);
  private static final Item A6 = new Item("Same title", "bob", List.of(), 0, false, false);
  private static final Item A7 = new Item("Same title", "carol", List.of("sql"), 0, false, false);

  private static Item seenAs(Item item, boolean favorited, boolean following) {
    return new Item(item.title(), item.author(), item.tags(), item.favoritesCount(), favorited,
        following);
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void everyArticleNewestFirstAsAnonymous(Backend backend) {
    assertEquals(List.of(A7, A6, A5, A4, A3, A2, A1), list(backend, null, "/articles", 7));
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void flagsAsAliceAndAsCarol(Backend backend) {
    // alice follows bob and favourited a1 and a4.
    assertEquals(
        List.of(seenAs(A7, false, false), seenAs(A6, false, true), seenAs(A5, false, false),
            seenAs(A4, true, true), seenAs(A3, false, false), seenAs(A2, false, false),
            seenAs(A1, true, true)),
        list(backend, "alice", "/articles", 7));
    // carol follows alice and bob and favourited a2 and a4; her own articles are not "following".
    assertEquals(
        List.of(seenAs(A7, false, false), seenAs(A6, false, true), seenAs(A5, false, true),
            seenAs(A4, true, true), seenAs(A3, false, false), seenAs(A2, true, true),
            seenAs(A1, false, true)),
        list(backend, "carol", "/articles", 7));
    // bob follows nobody and favourited a5.
    assertEquals(
        List.of(A7, A6, seenAs(A5, true, false), A4, A3, A2, A1),
        list(backend, "bob", "/articles", 7));
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void eachFilterAlone(Backend backend) {
    assertEquals(List.of(A4, A2, A1), list(backend, null, "/articles?tag=java", 3));
    assertEquals(List.of(A7, A4, A1), list(backend, null, "/articles?tag=sql", 3));
    assertEquals(List.of(A6, A4, A1), list(backend, null, "/articles?author=bob", 3));
    assertEquals(List.of(A4, A1), list(backend, null, "/articles?favorited=alice", 2));
    assertEquals(List.of(A4, A2), list(backend, null, "/articles?favorited=carol", 2));
    assertEquals(List.of(A5), list(backend, null, "/articles?favorited=bob", 1));
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void filtersCombined(Backend backend) {
    assertEquals(List.of(A4, A1), list(backend, null, "/articles?tag=java&author=bob", 2));
    assertEquals(List.of(A4, A2), list(backend, null, "/articles?tag=java&favorited=carol", 2));
    assertEquals(
        List.of(A4, A1), list(backend, null, "/articles?tag=sql&author=bob&favorited=alice", 2));
    assertEquals(
        List.of(seenAs(A4, true, true)),
        list(backend, "carol", "/articles?tag=tenon&author=bob&favorited=alice", 1));
    assertEquals(List.of(), list(backend, null, "/articles?tag=tenon&author=carol", 0));
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void unknownFilterValuesMatchNothing(Backend backend) {
    assertEquals(List.of(), list(backend, null, "/articles?author=nobody", 0));
    assertEquals(List.of(), list(backend, null, "/articles?favorited=nobody", 0));
    assertEquals(List.of(), list(backend, null, "/articles?tag=nothing", 0));
    assertEquals(List.of(), list(backend, null, "/articles?tag=%27%20OR%201%3D1%20--", 0));
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void pagingEdges(Backend backend) {
    assertEquals(List.of(A7, A6), list(backend, null, "/articles?limit=2", 7));
    assertEquals(List.of(A5, A4), list(backend, null, "/articles?limit=2&offset=2", 7));
    assertEquals(List.of(A1), list(backend, null, "/articles?limit=2&offset=6", 7));
    assertEquals(List.of(), list(backend, null, "/articles?limit=2&offset=7", 7));
    assertEquals(List.of(), list(backend, null, "/articles?offset=100", 7));
    assertEquals(List.of(), list(backend, null, "/articles?limit=0", 7));
    assertEquals(List.of(A2), list(backend, null, "/articles?tag=java&limit=1&offset=1", 3));
    for (String bad : List.of("limit=-1", "limit=abc", "offset=-5", "limit=101")) {
      Api.Reply reply = api(backend).get("/articles?" + bad, null);
      assertEquals(422, reply.status(), bad);
      assertTrue(reply.json().path("errors").path("body").get(0).asText().contains("must be"), bad);
    }
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void feedOfEachUser(Backend backend) {
    assertEquals(
        List.of(seenAs(A6, false, true), seenAs(A4, true, true), seenAs(A1, true, true)),
        list(backend, "alice", "/articles/feed", 3));
    assertEquals(
        List.of(seenAs(A6, false, true), seenAs(A5, false, true), seenAs(A4, true, true),
            seenAs(A2, true, true), seenAs(A1, false, true)),
        list(backend, "carol", "/articles/feed", 5));
    assertEquals(
        List.of(seenAs(A5, false, true), seenAs(A4, true, true)),
        list(backend, "carol", "/articles/feed?limit=2&offset=1", 5));
    assertEquals(List.of(), list(backend, "carol", "/articles/feed?offset=5", 5));
    assertEquals(List.of(), list(backend, "bob", "/articles/feed", 0));
    assertEquals(401, api(backend).get("/articles/feed", null).status());
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void identicalTitlesGetTheirOwnSlugs(Backend backend) {
    api(backend);
    String a6 = SLUGS.get(backend).get("a6");
    String a7 = SLUGS.get(backend).get("a7");
    assertEquals("same-title", a6);
    assertTrue(a7.matches("same-title-[a-z0-9]{6}"), a7);
    assertEquals("carol", api(backend).get("/articles/" + a7, null).json()
        .path("article").path("author").path("username").asText());
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void tagsInUse(Backend backend) {
    Api.Reply reply = api(backend).get("/tags", null);
    assertEquals(200, reply.status());
    assertEquals("{\"tags\":[\"java\",\"sql\",\"tenon\"]}", reply.text());
  }
}
