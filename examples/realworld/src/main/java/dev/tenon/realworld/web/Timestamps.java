package dev.tenon.realworld.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The spec's timestamps: ISO 8601 in UTC with milliseconds, {@code 2026-12-01T22:10:05.123Z}.
 * Times are cut to milliseconds before they are stored, so what is read back is what was written
 * on every database.
 */
final class Timestamps {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Timestamps() {}

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  static String format(Instant instant) {
    return FORMAT.format(instant);
  }
}
