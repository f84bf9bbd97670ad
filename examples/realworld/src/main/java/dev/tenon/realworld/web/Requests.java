package dev.tenon.realworld.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads request bodies as trees, so every malformed or missing field becomes a 422 with a message
 * (never a 400 or 500 from a data-binding failure), and collects the messages of one request.
 */
final class Requests {

  /** The longest text a field takes: the columns are {@code VARCHAR(255)} on every database. */
  static final int MAX_SHORT_TEXT = 255;

  private final ObjectMapper mapper;

  Requests(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The object under {@code wrapper} ({@code {"user": {...}}}), or a 422. */
  JsonNode body(Context ctx, String wrapper) {
    JsonNode root;
    try {
      root = mapper.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw ApiException.invalid("body must be a JSON object");
    }
    if (root == null || !root.isObject() || !root.path(wrapper).isObject()) {
      throw ApiException.invalid(wrapper + " must be an object");
    }
    return root.get(wrapper);
  }

  /** A query parameter that is a whole number in {@code [0, max]}, or its default. */
  static int paging(Context ctx, String name, int byDefault, int max) {
    String text = ctx.queryParam(name);
    if (text == null) {
      return byDefault;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= 0 && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiException.invalid(name + " must be a whole number from 0 to " + max);
  }

  static OptionalLong pathId(Context ctx, String name) {
    try {
      return OptionalLong.of(Long.parseLong(ctx.pathParam(name)));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** The messages of one request's fields; {@link #check} throws them all as one 422. */
  static final class Fields {
    private final JsonNode node;
    private final List<String> problems = new ArrayList<>();

    Fields(JsonNode node) {
      this.node = node;
    }

    boolean has(String name) {
      return node.has(name);
    }

    /** A required text: present, a string, not blank, at most {@code max} characters. */
    String required(String name, int max) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
        problems.add(name + " can't be blank");
        return null;
      }
      return text(name, value, max);
    }

    /**
     * An optional text: empty when absent; when present it must be a non-blank string (an update
     * cannot blank a required field).
     */
    Optional<String> optional(String name, int max) {
      if (!node.has(name)) {
        return Optional.empty();
      }
      return Optional.ofNullable(required(name, max));
    }

    /** A text that may be set to null: absent is empty, JSON null is {@code Optional.of(null)}. */
    Optional<Optional<String>> nullable(String name, int max) {
      if (!node.has(name)) {
        return Optional.empty();
      }
      JsonNode value = node.get(name);
      if (value.isNull()) {
        return Optional.of(Optional.empty());
      }
      return Optional.of(Optional.ofNullable(text(name, value, max)));
    }

    /** An optional list of distinct non-blank strings, in order; empty when absent. */
    List<String> strings(String name, int max) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        return List.of();
      }
      if (!value.isArray()) {
        problems.add(name + " must be a list of strings");
        return List.of();
      }
      LinkedHashSet<String> items = new LinkedHashSet<>();
      for (JsonNode item : value) {
        if (!item.isTextual() || item.asText().isBlank()) {
          problems.add(name + " must hold non-blank strings");
          return List.of();
        }
        String text = item.asText().trim();
        if (text.length() > max) {
          problems.add(name + " items must be at most " + max + " characters");
          return List.of();
        }
        items.add(text);
      }
      return List.copyOf(items);
    }

    void problem(String message) {
      problems.add(message);
    }

    /** Throws every problem found so far as one 422. */
    void check() {
      if (!problems.isEmpty()) {
        throw ApiException.invalid(problems);
      }
    }

    private String text(String name, JsonNode value, int max) {
      if (!value.isTextual()) {
        problems.add(name + " must be a string");
        return null;
      }
      String text = value.asText();
      if (text.length() > max) {
        problems.add(name + " must be at most " + max + " characters");
        return null;
      }
      return text;
    }
  }
}
