package dev.tenon.processor.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Suggestions for misspelt names: the valid names nearest by edit distance. */
public final class Names {
  private Names() {}

  /**
   * The candidates nearest to {@code wrong} (at most three), best first, or all candidates when
   * none is near; for messages like "did you mean 'notes'?".
   */
  public static List<String> nearest(String wrong, Collection<String> candidates) {
    List<String> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt((String c) -> distance(wrong, c)).thenComparing(c -> c));
    List<String> near = new ArrayList<>();
    int limit = Math.max(2, wrong.length() / 2);
    for (String candidate : sorted) {
      if (distance(wrong, candidate) <= limit && near.size() < 3) {
        near.add(candidate);
      }
    }
    return near;
  }

  /** "did you mean 'a' or 'b'? Valid names: a, b, c" — or just the valid names. */
  public static String suggest(String wrong, Collection<String> candidates) {
    if (candidates.isEmpty()) {
      return "there are none";
    }
    List<String> near = nearest(wrong, candidates);
    List<String> all = new ArrayList<>(candidates);
    all.sort(null);
    String valid = "valid: " + String.join(", ", all);
    if (near.isEmpty()) {
      return valid;
    }
    return "did you mean '" + String.join("' or '", near) + "'? (" + valid + ")";
  }

  /** Case-insensitive Levenshtein distance. */
  static int distance(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}
