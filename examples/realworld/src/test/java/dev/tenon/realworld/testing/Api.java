package dev.tenon.realworld.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A real HTTP client for one running server: requests by method and path, JSON in and out. */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;

  Api(int port) {
    this.base = "http://127.0.0.1:" + port + "/api";
  }

  /** A response: its status and its body as JSON (a missing node when the body is empty). */
  public record Reply(int status, JsonNode json, String text) {}

  public Reply get(String path, String token) {
    return send("GET", path, token, null);
  }

  public Reply post(String path, String token, Object body) {
    return send("POST", path, token, body);
  }

  public Reply put(String path, String token, Object body) {
    return send("PUT", path, token, body);
  }

  public Reply delete(String path, String token) {
    return send("DELETE", path, token, null);
  }

  /**
   * Sends a request; {@code token} null sends no Authorization header, {@code body} a String is
   * sent as it is and anything else as JSON.
   */
  public Reply send(String method, String path, String token, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
    if (token != null) {
      request.header("Authorization", token.contains(" ") ? token : "Token " + token);
    }
    try {
      String text = body == null ? "" : body instanceof String raw ? raw : JSON.writeValueAsString(body);
      request
          .header("Content-Type", "application/json")
          .method(
              method,
              body == null
                  ? HttpRequest.BodyPublishers.noBody()
                  : HttpRequest.BodyPublishers.ofString(text));
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String answer = response.body();
      JsonNode json = answer.isEmpty() ? MissingNode.getInstance() : JSON.readTree(answer);
      return new Reply(response.statusCode(), json, answer);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + path + " interrupted", e);
    }
  }

  /** Registers a user {@code name} ({@code name@example.com}, password {@code name-secret}). */
  public String register(String name) {
    Reply reply =
        post(
            "/users",
            null,
            Map.of(
                "user",
                Map.of("username", name, "email", name + "@example.com", "password", name + "-secret")));
    if (reply.status() != 201) {
      throw new AssertionError("register " + name + ": " + reply.status() + " " + reply.text());
    }
    return reply.json().path("user").path("token").asText();
  }
}
