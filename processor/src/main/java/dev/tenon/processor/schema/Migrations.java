package dev.tenon.processor.schema;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files behind {@code -Atenon.schema}, in the order Flyway applies them: a {@code .sql} file as
 * is; a folder's {@code V<version>__<description>.sql} by version compared part by part as
 * numbers ({@code V2 < V2_1 < V10}), then {@code R__<description>.sql} by description. Other
 * {@code .sql} files in a folder follow by name, so a plain numbered set ({@code 001_init.sql})
 * works too.
 */
final class Migrations {
  private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.*\\.sql");

  private Migrations() {}

  static List<Path> ordered(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> listed = Files.list(path)) {
      listed.filter(p -> p.getFileName().toString().endsWith(".sql") && Files.isRegularFile(p))
          .forEach(files::add);
    }
    files.sort(Comparator.comparingInt(Migrations::group)
        .thenComparing(Migrations::compareVersions)
        .thenComparing(p -> p.getFileName().toString()));
    return files;
  }

  /** Versioned first, then plain files, then repeatables. */
  private static int group(Path file) {
    String name = file.getFileName().toString();
    if (VERSIONED.matcher(name).matches()) {
      return 0;
    }
    return name.startsWith("R__") ? 2 : 1;
  }

  private static int compareVersions(Path a, Path b) {
    List<BigInteger> x = version(a);
    List<BigInteger> y = version(b);
    for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
      BigInteger left = i < x.size() ? x.get(i) : BigInteger.ZERO;
      BigInteger right = i < y.size() ? y.get(i) : BigInteger.ZERO;
      int compared = left.compareTo(right);
      if (compared != 0) {
        return compared;
      }
    }
    return 0;
  }

  private static List<BigInteger> version(Path file) {
    Matcher matcher = VERSIONED.matcher(file.getFileName().toString());
    if (!matcher.matches()) {
      return List.of();
    }
    List<BigInteger> parts = new ArrayList<>();
    for (String part : matcher.group(1).split("[._]")) {
      if (!part.isEmpty()) {
        parts.add(new BigInteger(part));
      }
    }
    return parts;
  }
}
