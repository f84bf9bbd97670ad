package dev.tenon.realworld.web;

import java.util.List;

/**
 * A request the API refuses, with the status and the messages the spec's error body carries:
 * {@code {"errors": {"body": [...]}}}. Thrown by the routes, written by {@link ConduitServer}.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final List<String> messages;

  private ApiException(int status, List<String> messages) {
    super(status + " " + messages, null, false, false);
    this.status = status;
    this.messages = List.copyOf(messages);
  }

  static ApiException unauthorized(String message) {
    return new ApiException(401, List.of(message));
  }

  static ApiException forbidden(String message) {
    return new ApiException(403, List.of(message));
  }

  static ApiException notFound(String message) {
    return new ApiException(404, List.of(message));
  }

  static ApiException invalid(List<String> messages) {
    return new ApiException(422, messages);
  }

  static ApiException invalid(String message) {
    return new ApiException(422, List.of(message));
  }
}
