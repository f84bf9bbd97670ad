package dev.tenon.realworld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tenon.realworld.testing.Api;
import dev.tenon.realworld.testing.Api.Reply;
import dev.tenon.realworld.testing.Backend;
import dev.tenon.realworld.testing.Conduits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every endpoint over HTTP on each database, with the spec's answers and refusals: 422 with
 * messages, 404 for unknown slugs, profiles and comments, 403 for someone else's article or
 * comment, 401 without a token or with a forged one, and SQL-looking text stored as text. Each test
 * makes users of its own, so the tests share one server per database.
 */
@ExtendWith(Conduits.class)
class ConduitApiTest {

  private static final Pattern TIMESTAMP =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

  private static Api api(Backend backend) {
    return Conduits.api(backend, "endpoints", api -> {});
  }

  /** A user name no other test uses. */
  private static String fresh(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Map<String, Object> user(Object... pairs) {
    return Map.of("user", map(pairs));
  }

  private static Map<String, Object> article(Object... pairs) {
    return Map.of("article", map(pairs));
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static List<String> errors(Reply reply) {
    return textsOf(reply.json().path("errors").path("body"));
  }

  private static List<String> textsOf(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static String newArticle(Api api, String token, String title, List<String> tags) {
    Reply reply =
        api.post("/articles", token,
            article("title", title, "description", "d", "body", "b", "tagList", tags));
    assertEquals(201, reply.status(), reply.text());
    return reply.json().path("article").path("slug").asText();
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void registerLoginAndCurrentUser(Backend backend) {
    Api api = api(backend);
    String name = fresh("jake");
    Reply registered =
        api.post("/users", null,
            user("username", name, "email", name + "@jake.jake", "password", "jakejake"));
    assertEquals(201, registered.status(), registered.text());
    JsonNode body = registered.json().path("user");
    assertEquals(name + "@jake.jake", body.path("email").asText());
    assertEquals(name, body.path("username").asText());
    assertTrue(body.path("bio").isNull());
    assertTrue(body.path("image").isNull());
    assertFalse(body.has("password"));
    assertFalse(body.path("token").asText().isEmpty());

    Reply login =
        api.post("/users/login", null, user("email", name + "@jake.jake", "password", "jakejake"));
    assertEquals(200, login.status(), login.text());
    String token = login.json().path("user").path("token").asText();
    Reply current = api.get("/user", token);
    assertEquals(200, current.status());
    assertEquals(name, current.json().path("user").path("username").asText());

    assertEquals(List.of("email or password is invalid"),
        errors(api.post("/users/login", null,
            user("email", name + "@jake.jake", "password", "wrong"))));
    assertEquals(401, api.post("/users/login", null,
        user("email", "nobody@jake.jake", "password", "jakejake")).status());
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void registrationRefusals(Backend backend) {
    Api api = api(backend);
    String name = fresh("dup");
    api.register(name);
    Reply taken =
        api.post("/users", null,
            user("username", name, "email", name + "@example.com", "password", "x"));
    assertEquals(422, taken.status());
    assertEquals(List.of("username has already been taken", "email has already been taken"),
        errors(taken));
    Reply blank = api.post("/users", null, user("username", " ", "email", "no-at-sign"));
    assertEquals(422, blank.status());
    assertEquals(List.of("username can't be blank", "password can't be blank", "email is invalid"),
        errors(blank));
    Reply notJson = api.post("/users", null, "{not json");
    assertEquals(422, notJson.status());
    assertEquals(List.of("body must be a JSON object"), errors(notJson));
    assertEquals(List.of("user must be an object"), errors(api.post("/users", null, "{}")));
    assertEquals(List.of("username must be a string"),
        errors(api.post("/users", null,
            user("username", 42, "email", fresh("n") + "@x.y", "password", "p"))));
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void missingForgedAndMalformedTokensAre401(Backend backend) {
    Api api = api(backend);
    String token = api.register(fresh("tok"));
    assertEquals(401, api.get("/user", null).status());
    String forged =
        JWT.create()
            .withIssuer("conduit")
            .withSubject("1")
            .withExpiresAt(Instant.now().plusSeconds(600))
            .sign(Algorithm.HMAC256("not the server's secret"));
    Reply refused = api.get("/user", forged);
    assertEquals(401, refused.status());
    assertEquals(List.of("invalid token"), errors(refused));
    String expired =
        JWT.create()
            .withIssuer("conduit")
            .withSubject("1")
            .withExpiresAt(Instant.now().minusSeconds(600))
            .sign(Algorithm.HMAC256(Conduits.SECRET));
    assertEquals(401, api.get("/user", expired).status());
    assertEquals(401, api.get("/user", "Bearer " + token).status());
    assertEquals(401, api.get("/user", token.substring(0, token.length() - 2) + "xx").status());
    // A bad token is refused on endpoints where a token is optional too, not read as anonymous.
    assertEquals(401, api.get("/articles", forged).status());
    assertEquals(401, api.post("/articles", null, article("title", "t")).status());
    assertEquals(401, api.put("/user", null, user("bio", "b")).status());
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void updateTheCurrentUser(Backend backend) {
    Api api = api(backend);
    String name = fresh("upd");
    String token = api.register(name);
    String renamed = fresh("new");
    Reply updated =
        api.put("/user", token,
            user("bio", "I like 'quotes'; DROP TABLE users; --", "image", "https://i.example/x.png",
                "email", renamed + "@example.com", "username", renamed, "password", "fresh-pw"));
    assertEquals(200, updated.status(), updated.text());
    JsonNode body = updated.json().path("user");
    assertEquals("I like 'quotes'; DROP TABLE users; --", body.path("bio").asText());
    assertEquals("https://i.example/x.png", body.path("image").asText());
    assertEquals(renamed, body.path("username").asText());
    assertEquals(200, api.post("/users/login", null,
        user("email", renamed + "@example.com", "password", "fresh-pw")).status());
    assertEquals(401, api.post("/users/login", null,
        user("email", name + "@example.com", "password", name + "-secret")).status());
    Reply cleared = api.put("/user", token, user("image", null));
    assertTrue(cleared.json().path("user").path("image").isNull());
    assertEquals("I like 'quotes'; DROP TABLE users; --",
        api.get("/user", token).json().path("user").path("bio").asText());

    String other = fresh("oth");
    api.register(other);
    assertEquals(List.of("username has already been taken"),
        errors(api.put("/user", token, user("username", other))));
    assertEquals(422, api.put("/user", token, user()).status());
    assertEquals(List.of("email can't be blank"), errors(api.put("/user", token, user("email", ""))));
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void profilesFollowAndUnfollow(Backend backend) {
    Api api = api(backend);
    String celeb = fresh("celeb");
    api.register(celeb);
    String fan = api.register(fresh("fan"));
    Reply anonymous = api.get("/profiles/" + celeb, null);
    assertEquals(200, anonymous.status());
    assertEquals("{\"profile\":{\"username\":\"" + celeb
        + "\",\"bio\":null,\"image\":null,\"following\":false}}", anonymous.text());

    Reply followed = api.post("/profiles/" + celeb + "/follow", fan, "");
    assertEquals(200, followed.status(), followed.text());
    assertTrue(followed.json().path("profile").path("following").asBoolean());
    assertTrue(api.post("/profiles/" + celeb + "/follow", fan, "").json()
        .path("profile").path("following").asBoolean(), "following twice is still following");
    assertTrue(api.get("/profiles/" + celeb, fan).json().path("profile").path("following")
        .asBoolean());
    assertFalse(api.get("/profiles/" + celeb, null).json().path("profile").path("following")
        .asBoolean());

    Reply unfollowed = api.delete("/profiles/" + celeb + "/follow", fan);
    assertEquals(200, unfollowed.status());
    assertFalse(unfollowed.json().path("profile").path("following").asBoolean());
    assertFalse(api.get("/profiles/" + celeb, fan).json().path("profile").path("following")
        .asBoolean());

    assertEquals(404, api.get("/profiles/nobody-" + celeb, null).status());
    assertEquals(404, api.post("/profiles/nobody-" + celeb + "/follow", fan, "").status());
    assertEquals(401, api.post("/profiles/" + celeb + "/follow", null, "").status());
    assertEquals(401, api.delete("/profiles/" + celeb + "/follow", null).status());
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void createAndGetAnArticle(Backend backend) {
    Api api = api(backend);
    String name = fresh("writer");
    String token = api.register(name);
    String title = "How to train your dragon " + name;
    Reply created =
        api.post("/articles", token,
            article("title", title, "description", "Ever wonder how?", "body", "You have to believe",
                "tagList", List.of("dragons", "training", "dragons")));
    assertEquals(201, created.status(), created.text());
    JsonNode body = created.json().path("article");
    assertEquals("how-to-train-your-dragon-" + name, body.path("slug").asText());
    assertEquals(title, body.path("title").asText());
    assertEquals("Ever wonder how?", body.path("description").asText());
    assertEquals("You have to believe", body.path("body").asText());
    assertEquals(List.of("dragons", "training"), textsOf(body.path("tagList")));
    assertTrue(TIMESTAMP.matcher(body.path("createdAt").asText()).matches(), body.toString());
    assertEquals(body.path("createdAt"), body.path("updatedAt"));
    assertFalse(body.path("favorited").asBoolean());
    assertEquals(0, body.path("favoritesCount").asInt());
    assertEquals(name, body.path("author").path("username").asText());
    assertFalse(body.path("author").path("following").asBoolean());

    Reply fetched = api.get("/articles/" + body.path("slug").asText(), null);
    assertEquals(200, fetched.status());
    assertEquals(created.text(), fetched.text(), "GET answers what POST answered");

    String again = newArticle(api, token, title, List.of());
    assertNotEquals(body.path("slug").asText(), again);
    assertTrue(again.startsWith(body.path("slug").asText() + "-"), again);

    assertEquals(404, api.get("/articles/no-such-slug-" + name, null).status());
    assertEquals(List.of("article not found"),
        errors(api.get("/articles/no-such-slug-" + name, null)));
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void articleValidation(Backend backend) {
    Api api = api(backend);
    String token = api.register(fresh("val"));
    Reply missing = api.post("/articles", token, article("description", "d"));
    assertEquals(422, missing.status());
    assertEquals(List.of("title can't be blank", "body can't be blank"), errors(missing));
    assertEquals(List.of("tagList must be a list of strings"),
        errors(api.post("/articles", token,
            article("title", "t", "description", "d", "body", "b", "tagList", "java"))));
    assertEquals(List.of("title must be at most 255 characters"),
        errors(api.post("/articles", token,
            article("title", "x".repeat(256), "description", "d", "body", "b"))));
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void sqlLookingTextIsStoredAndReturnedAsText(Backend backend) {
    Api api = api(backend);
    String token = api.register(fresh("bobby"));
    String title = "Robert'); DROP TABLE articles; -- " + UUID.randomUUID();
    String body = "' OR 1=1 -- \\ \"quoted\" %_ $1 ?";
    String tag = "'; DELETE FROM users; --";
    Reply created =
        api.post("/articles", token,
            article("title", title, "description", "x' OR 'x'='x", "body", body,
                "tagList", List.of(tag)));
    assertEquals(201, created.status(), created.text());
    String slug = created.json().path("article").path("slug").asText();
    assertTrue(slug.startsWith("robert-drop-table-articles-"), slug);
    JsonNode fetched = api.get("/articles/" + slug, null).json().path("article");
    assertEquals(title, fetched.path("title").asText());
    assertEquals("x' OR 'x'='x", fetched.path("description").asText());
    assertEquals(body, fetched.path("body").asText());
    assertEquals(List.of(tag), textsOf(fetched.path("tagList")));
    JsonNode tagged =
        api.get("/articles?tag=" + java.net.URLEncoder.encode(tag,
            java.nio.charset.StandardCharsets.UTF_8), null).json();
    assertEquals(1, tagged.path("articlesCount").asInt());
    assertEquals(slug, tagged.path("articles").get(0).path("slug").asText());
    assertTrue(textsOf(api.get("/tags", null).json().path("tags")).contains(tag));
    assertEquals(200, api.get("/user", token).status(), "the users table is still there");
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void updateAndDeleteOnlyYourOwnArticle(Backend backend) {
    Api api = api(backend);
    String author = fresh("auth");
    String token = api.register(author);
    String intruder = api.register(fresh("intr"));
    String slug = newArticle(api, token, "Original " + author, List.of("keep"));
    String created = api.get("/articles/" + slug, null).json().path("article").path("createdAt")
        .asText();

    Reply foreign = api.put("/articles/" + slug, intruder, article("body", "mine now"));
    assertEquals(403, foreign.status());
    assertEquals(List.of("only the author may change this article"), errors(foreign));
    assertEquals(401, api.put("/articles/" + slug, null, article("body", "x")).status());
    assertEquals(404, api.put("/articles/none-" + slug, token, article("body", "x")).status());
    assertEquals(List.of("title can't be blank"),
        errors(api.put("/articles/" + slug, token, article("title", ""))));

    Reply updated =
        api.put("/articles/" + slug, token, article("title", "Renamed " + author, "body", "new"));
    assertEquals(200, updated.status(), updated.text());
    JsonNode body = updated.json().path("article");
    assertEquals("renamed-" + author, body.path("slug").asText());
    assertEquals("new", body.path("body").asText());
    assertEquals("d", body.path("description").asText());
    assertEquals(List.of("keep"), textsOf(body.path("tagList")));
    assertEquals(created, body.path("createdAt").asText());
    assertTrue(body.path("updatedAt").asText().compareTo(created) >= 0);
    assertEquals(404, api.get("/articles/" + slug, null).status(), "the old slug is gone");
    String renamed = body.path("slug").asText();

    api.post("/articles/" + renamed + "/favorite", intruder, "");
    api.post("/articles/" + renamed + "/comments", intruder, Map.of("comment", Map.of("body", "c")));
    assertEquals(403, api.delete("/articles/" + renamed, intruder).status());
    assertEquals(401, api.delete("/articles/" + renamed, null).status());
    assertEquals(404, api.delete("/articles/none-" + renamed, token).status());
    Reply deleted = api.delete("/articles/" + renamed, token);
    assertEquals(200, deleted.status(), deleted.text());
    assertEquals(404, api.get("/articles/" + renamed, null).status());
    assertEquals(404, api.get("/articles/" + renamed + "/comments", null).status());
    assertEquals(0, api.get("/articles?author=" + author, null).json().path("articlesCount")
        .asInt());
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void favoriteAndUnfavorite(Backend backend) {
    Api api = api(backend);
    String author = api.register(fresh("favw"));
    String fan = api.register(fresh("favf"));
    String other = api.register(fresh("favo"));
    String slug = newArticle(api, author, "Liked " + UUID.randomUUID(), List.of("a", "b", "c"));

    Reply liked = api.post("/articles/" + slug + "/favorite", fan, "");
    assertEquals(200, liked.status(), liked.text());
    assertTrue(liked.json().path("article").path("favorited").asBoolean());
    assertEquals(1, liked.json().path("article").path("favoritesCount").asInt());
    assertEquals(1, api.post("/articles/" + slug + "/favorite", fan, "").json().path("article")
        .path("favoritesCount").asInt(), "favouriting twice counts once");
    JsonNode second = api.post("/articles/" + slug + "/favorite", other, "").json().path("article");
    assertEquals(2, second.path("favoritesCount").asInt(), "two favourites, three tags: still 2");
    JsonNode asAuthor = api.get("/articles/" + slug, author).json().path("article");
    assertFalse(asAuthor.path("favorited").asBoolean());
    assertEquals(2, asAuthor.path("favoritesCount").asInt());

    Reply unliked = api.delete("/articles/" + slug + "/favorite", fan);
    assertEquals(200, unliked.status());
    assertFalse(unliked.json().path("article").path("favorited").asBoolean());
    assertEquals(1, unliked.json().path("article").path("favoritesCount").asInt());
    assertEquals(1, api.delete("/articles/" + slug + "/favorite", fan).json().path("article")
        .path("favoritesCount").asInt(), "unfavouriting twice is harmless");

    assertEquals(404, api.post("/articles/none-" + slug + "/favorite", fan, "").status());
    assertEquals(401, api.post("/articles/" + slug + "/favorite", null, "").status());
    assertEquals(401, api.delete("/articles/" + slug + "/favorite", null).status());
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void commentsAddListDelete(Backend backend) {
    Api api = api(backend);
    String author = api.register(fresh("cwa"));
    String commenterName = fresh("cwc");
    String commenter = api.register(commenterName);
    String follower = api.register(fresh("cwf"));
    api.post("/profiles/" + commenterName + "/follow", follower, "");
    String slug = newArticle(api, author, "Commented " + UUID.randomUUID(), List.of());

    Reply added =
        api.post("/articles/" + slug + "/comments", commenter,
            Map.of("comment", Map.of("body", "'; DROP TABLE comments; --")));
    assertEquals(200, added.status(), added.text());
    JsonNode comment = added.json().path("comment");
    long id = comment.path("id").asLong();
    assertEquals("'; DROP TABLE comments; --", comment.path("body").asText());
    assertTrue(TIMESTAMP.matcher(comment.path("createdAt").asText()).matches());
    assertEquals(commenterName, comment.path("author").path("username").asText());
    api.post("/articles/" + slug + "/comments", author, Map.of("comment", Map.of("body", "second")));

    JsonNode anonymous = api.get("/articles/" + slug + "/comments", null).json().path("comments");
    assertEquals(List.of("'; DROP TABLE comments; --", "second"),
        anonymous.findValuesAsText("body"));
    assertFalse(anonymous.get(0).path("author").path("following").asBoolean());
    JsonNode asFollower =
        api.get("/articles/" + slug + "/comments", follower).json().path("comments");
    assertTrue(asFollower.get(0).path("author").path("following").asBoolean());
    assertFalse(asFollower.get(1).path("author").path("following").asBoolean());

    assertEquals(List.of("body can't be blank"),
        errors(api.post("/articles/" + slug + "/comments", commenter,
            Map.of("comment", Map.of("body", "")))));
    assertEquals(401, api.post("/articles/" + slug + "/comments", null,
        Map.of("comment", Map.of("body", "x"))).status());
    assertEquals(404, api.post("/articles/none-" + slug + "/comments", commenter,
        Map.of("comment", Map.of("body", "x"))).status());
    assertEquals(404, api.get("/articles/none-" + slug + "/comments", null).status());

    Reply foreign = api.delete("/articles/" + slug + "/comments/" + id, author);
    assertEquals(403, foreign.status());
    assertEquals(List.of("only the author may delete this comment"), errors(foreign));
    assertEquals(401, api.delete("/articles/" + slug + "/comments/" + id, null).status());
    assertEquals(404, api.delete("/articles/" + slug + "/comments/" + (id + 100_000), commenter)
        .status());
    assertEquals(404, api.delete("/articles/" + slug + "/comments/abc", commenter).status());
    assertEquals(200, api.delete("/articles/" + slug + "/comments/" + id, commenter).status());
    assertEquals(List.of("second"),
        api.get("/articles/" + slug + "/comments", null).json().path("comments")
            .findValuesAsText("body"));
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void unknownEndpointsAnswerJsonErrors(Backend backend) {
    Reply reply = api(backend).get("/nothing-here", null);
    assertEquals(404, reply.status());
    assertEquals(1, reply.json().path("errors").path("body").size(), reply.text());
  }

  @ParameterizedTest(name = "on {0}")
  @EnumSource(Backend.class)
  void racingRequestsAreRefusedOrDoneNeverAServerError(Backend backend) throws Exception {
    Api api = api(backend);
    String name = fresh("race");
    List<Callable<Reply>> registrations = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      registrations.add(
          () -> api.post("/users", null,
              user("username", name, "email", name + "@race.test", "password", "pw")));
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Integer> statuses = new ArrayList<>();
      for (Future<Reply> reply : pool.invokeAll(registrations)) {
        statuses.add(reply.get().status());
      }
      assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
      assertEquals(5, statuses.stream().filter(status -> status == 422).count(), statuses.toString());

      String fan = api.register(fresh("racer"));
      List<Callable<Reply>> follows = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        follows.add(() -> api.post("/profiles/" + name + "/follow", fan, ""));
      }
      for (Future<Reply> reply : pool.invokeAll(follows)) {
        int status = reply.get().status();
        assertTrue(status == 200 || status == 422, "follow answered " + status);
      }
      assertTrue(api.get("/profiles/" + name, fan).json().path("profile").path("following")
          .asBoolean());
    } finally {
      pool.shutdownNow();
    }
  }
}
