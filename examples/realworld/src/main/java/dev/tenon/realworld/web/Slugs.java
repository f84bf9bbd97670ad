package dev.tenon.realworld.web;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Slugs from titles: lower-case ASCII letters and digits joined by single hyphens ("How to
 * Train Your Dragon!" → {@code how-to-train-your-dragon}). A slug already taken gets a random
 * suffix, so identical titles still get distinct slugs.
 */
final class Slugs {

  private static final int MAX_BASE = 200;
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Slugs() {}

  static String of(String title) {
    String ascii =
        Normalizer.normalize(title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_BASE) {
      slug = slug.substring(0, MAX_BASE).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "article" : slug;
  }

  /** {@code base} with a random suffix of six letters and digits. */
  static String withSuffix(String base) {
    StringBuilder slug = new StringBuilder(base).append('-');
    for (int i = 0; i < 6; i++) {
      slug.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return slug.toString();
  }
}
