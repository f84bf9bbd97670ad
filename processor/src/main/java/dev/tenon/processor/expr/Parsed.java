package dev.tenon.processor.expr;

import java.util.Objects;

/**
 * Either a value or a syntax error at an offset. The parser returns this instead of
 * throwing, so the processor can turn every bad condition into a compile error on the
 * annotation value and keep going.
 *
 * @param <T> the parsed value's type
 */
public sealed interface Parsed<T> permits Parsed.Ok, Parsed.Error {

  /** The source parsed; {@code value} is its tree. */
  record Ok<T>(T value) implements Parsed<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The source did not parse. {@code message} says what was found and what was expected;
   * {@code offset} is the char index of the offending token, or the source length when the
   * text ended too early. Always {@code 0 <= offset <= source.length()}.
   */
  record Error<T>(String message, int offset) implements Parsed<T> {
    public Error {
      Objects.requireNonNull(message, "message");
    }
  }
}
