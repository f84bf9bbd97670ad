package dev.tenon.processor.parse;

import java.util.Locale;

/** Default names: snake_case columns and tables, lowerCamel aliases and relation names. */
public final class Naming {
  private Naming() {}

  /** {@code bookId → book_id}, {@code BookNote → book_note}, {@code URLPath → url_path}. */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean previousLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1));
        boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        boolean previousUpper = i > 0 && Character.isUpperCase(name.charAt(i - 1));
        if (i > 0 && name.charAt(i - 1) != '_' && (previousLower || (previousUpper && nextLower))) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code BookNote → bookNote}. */
  public static String lowerCamel(String simpleName) {
    if (simpleName.isEmpty()) {
      return simpleName;
    }
    int upper = 0;
    while (upper < simpleName.length() && Character.isUpperCase(simpleName.charAt(upper))) {
      upper++;
    }
    if (upper <= 1) {
      return Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
    }
    // "URLPath" → "urlPath": keep the last capital of a run when a lowercase letter follows.
    int keep = upper == simpleName.length() ? upper : upper - 1;
    return simpleName.substring(0, keep).toLowerCase(Locale.ROOT) + simpleName.substring(keep);
  }

  /** {@code bookId → book}; a name without a trailing {@code Id} stays as it is. */
  public static String withoutIdSuffix(String name) {
    if (name.length() > 2 && name.endsWith("Id")) {
      return name.substring(0, name.length() - 2);
    }
    return name;
  }

  /** Whether {@code name} is a plain identifier: a letter or '_', then letters, digits, '_'. */
  public static boolean isIdentifier(String name) {
    if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_')) {
        return false;
      }
    }
    return name.chars().allMatch(c -> c < 128);
  }
}
