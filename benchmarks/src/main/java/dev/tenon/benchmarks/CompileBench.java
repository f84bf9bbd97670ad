package dev.tenon.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Compile time: writes a module of {@value #DAOS} {@code @Dao} interfaces × 5 methods (a filtered
 * LEFT JOIN lookup, a page, a folded collection, a filtered count, an existence flag used in WHERE
 * and ORDER BY) over five entities, then runs the JDK's {@code javac} in a fresh process on the
 * same sources with the Tenon processor and with {@code -proc:none}, {@value #RUNS} times each,
 * alternating. Reports medians, the ratio, and the processor's cost per method.
 *
 * <pre>java -cp benchmarks.jar dev.tenon.benchmarks.CompileBench [--out=DIR]</pre>
 */
public final class CompileBench {
  static final int DAOS = 200;
  static final int METHODS = 5;
  static final int RUNS = 3;

  private CompileBench() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path out = Path.of(PerCallRun.option(args, "--out=", "results"));
    Files.createDirectories(out);
    Path jar = Path.of(CompileBench.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    Path work = Files.createTempDirectory("tenon-compile-bench");
    List<String> sources = generate(work.resolve("src"));
    Path schema = migrations(work.resolve("migrations"));
    String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    List<Double> with = new ArrayList<>();
    List<Double> without = new ArrayList<>();
    List<Double> withSchema = new ArrayList<>();
    int generated = 0;
    List<Double> generatedOnly = new ArrayList<>();
    List<String> withGenerated = new ArrayList<>(sources);
    for (int run = 0; run < RUNS; run++) {
      without.add(javac(javac, work, "none-" + run, jar, sources, "-proc:none"));
      Path classes = work.resolve("proc-" + run);
      Path generatedSources = work.resolve("generated-" + run);
      Files.createDirectories(generatedSources);
      with.add(javac(javac, work, "proc-" + run, jar, sources, "-s", generatedSources.toString(),
          "-processorpath", jar.toString(), "-processor", "dev.tenon.processor.TenonProcessor"));
      Path schemaSources = work.resolve("schema-generated-" + run);
      Files.createDirectories(schemaSources);
      withSchema.add(javac(javac, work, "schema-" + run, jar, sources, "-s", schemaSources.toString(),
          "-processorpath", jar.toString(), "-processor", "dev.tenon.processor.TenonProcessor",
          "-Atenon.schema=" + schema, "-Atenon.schema.dialect=POSTGRES"));
      try (Stream<Path> files = Files.walk(classes)) {
        generated = (int) files.filter(f -> f.getFileName().toString().matches("Tenon.*Dao\\d+\\.class")).count();
      }
      if (run == 0) {
        try (Stream<Path> files = Files.walk(generatedSources)) {
          files.filter(f -> f.toString().endsWith(".java")).forEach(f -> withGenerated.add(f.toString()));
        }
      }
      // The same sources plus the generated ones, without the processor: what compiling its output costs.
      generatedOnly.add(javac(javac, work, "plain-" + run, jar, withGenerated, "-proc:none"));
    }
    if (generated != DAOS) {
      throw new IllegalStateException("the processor wrote " + generated + " DAO classes, not " + DAOS);
    }
    double withMs = PerCallRun.median(with);
    double plainMs = PerCallRun.median(generatedOnly);
    double withoutMs = PerCallRun.median(without);
    int methods = DAOS * METHODS;
    String md = String.format(Locale.ROOT,
        "| javac on %d files (%d @Dao × %d methods + 5 entities) | median ms (%d runs) |%n"
            + "|---|---:|%n"
            + "| `-proc:none` | %.0f |%n"
            + "| with the Tenon processor (also compiles the %d generated classes) | %.0f |%n"
            + "| `-proc:none` on the same sources plus the generated ones | %.0f |%n%n"
            + "Ratio %.2f×; the processor adds %.2f ms per method (%d methods), of which compiling the"
            + " generated classes is %.2f ms and the processor's own work %.2f ms.%n"
            + "Runs: without %s, with %s, generated sources compiled plainly %s.%n",
        sources.size(), DAOS, METHODS, RUNS, withoutMs, DAOS, withMs, plainMs, withMs / withoutMs,
        (withMs - withoutMs) / methods, methods, (plainMs - withoutMs) / methods,
        (withMs - plainMs) / methods, rounded(without), rounded(with), rounded(generatedOnly));
    double schemaMs = PerCallRun.median(withSchema);
    md += String.format(Locale.ROOT,
        "%nWith `-Atenon.schema` (a 3-file PostgreSQL migration set for the 5 tables, every generated"
            + " POSTGRES statement validated): median %.0f ms, %.2f× the processor without it, %.2f ms"
            + " per method more.%nRuns: %s.%n",
        schemaMs, schemaMs / withMs, (schemaMs - withMs) / methods, rounded(withSchema));
    Files.writeString(out.resolve("compile-time.md"), md);
    System.out.print(md);
    try (Stream<Path> files = Files.walk(work)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  private static String rounded(List<Double> values) {
    return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
  }

  private static double javac(String javac, Path work, String name, Path jar, List<String> sources,
      String... extra) throws IOException, InterruptedException {
    Path classes = work.resolve(name);
    Files.createDirectories(classes);
    List<String> command = new ArrayList<>(List.of(javac, "-d", classes.toString(), "-cp", jar.toString(),
        "--release", "17", "-nowarn", "-implicit:none"));
    command.addAll(List.of(extra));
    Path argfile = work.resolve("sources.txt");
    Files.write(argfile, sources);
    command.add("@" + argfile);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve(name + ".log").toFile()).start();
    int exit = process.waitFor();
    double ms = (System.nanoTime() - start) / 1e6;
    if (exit != 0) {
      throw new IllegalStateException("javac failed (" + name + "):\n" + Files.readString(work.resolve(name + ".log")));
    }
    System.out.printf(Locale.ROOT, "  javac %-8s %.0f ms%n", name, ms);
    return ms;
  }

  /**
   * Writes a Flyway migration folder matching the entities, in the shapes real projects use
   * (identity columns, a rename, a unique index, a view and a function to skip); returns it.
   */
  static Path migrations(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("V1__init.sql"), """
        -- The benchmark's five tables.
        CREATE TABLE book (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
        CREATE TABLE app_user (id bigserial PRIMARY KEY, name varchar(100) NOT NULL);
        CREATE TABLE book_note (
            id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            body text NOT NULL,
            book_id bigint NOT NULL REFERENCES book (id) ON DELETE CASCADE,
            user_id bigint NOT NULL REFERENCES app_user (id)
        );
        CREATE TABLE asset (id bigint PRIMARY KEY, name text NOT NULL);
        """);
    Files.writeString(folder.resolve("V2__coupons.sql"), """
        CREATE TABLE coupon (
            id bigint PRIMARY KEY,
            asset_id bigint NOT NULL REFERENCES asset (id),
            device_id bigint NOT NULL,
            code varchar(40) NOT NULL
        );
        CREATE UNIQUE INDEX coupon_code_uq ON coupon (code);
        CREATE INDEX book_note_book_idx ON book_note (book_id);
        """);
    Files.writeString(folder.resolve("V3__rename.sql"), """
        ALTER TABLE book_note RENAME COLUMN body TO text;
        CREATE OR REPLACE FUNCTION note_count(b bigint) RETURNS bigint AS $$
          SELECT count(*) FROM book_note WHERE book_id = b;
        $$ LANGUAGE sql;
        CREATE VIEW book_notes AS SELECT b.id, b.name, n.text FROM book b JOIN book_note n ON n.book_id = b.id;
        """);
    return folder;
  }

  /** Writes the entities and the DAOs; returns every source file. */
  static List<String> generate(Path src) throws IOException {
    Path model = src.resolve("gen/model");
    Path daos = src.resolve("gen/daos");
    Files.createDirectories(model);
    Files.createDirectories(daos);
    List<String> files = new ArrayList<>();
    String header = "package gen.model;\nimport dev.tenon.*;\n";
    files.add(write(model.resolve("Book.java"), header
        + "@Table(\"book\") public record Book(@Id long id, String name) {}\n"));
    files.add(write(model.resolve("AppUser.java"), header
        + "@Table(\"app_user\") public record AppUser(@Id long id, String name) {}\n"));
    files.add(write(model.resolve("BookNote.java"), header
        + "@Table(\"book_note\") public record BookNote(@Id long id, String text,\n"
        + "  @ForeignKey(value = Book.class, related = \"notes\") long bookId,\n"
        + "  @ForeignKey(value = AppUser.class, related = \"notes\") long userId) {}\n"));
    files.add(write(model.resolve("Asset.java"), header
        + "@Table(\"asset\") public record Asset(@Id long id, String name) {}\n"));
    files.add(write(model.resolve("Coupon.java"), header
        + "@Table(\"coupon\") public record Coupon(@Id long id,\n"
        + "  @ForeignKey(value = Asset.class, related = \"coupons\") long assetId, long deviceId, String code) {}\n"));
    for (int i = 0; i < DAOS; i++) {
      String name = "Dao" + i;
      files.add(write(daos.resolve(name + ".java"), """
          package gen.daos;

          import dev.tenon.*;
          import gen.model.*;
          import java.util.List;

          @Dao
          public interface %1$s {
            @Select(from = Book.class)
            @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
            @Where("book.id = :bookId")
            BookWithNote lookup%2$d(long userId, long bookId);

            @Select(from = Book.class)
            @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
            @Where("book.id > :after")
            @OrderBy("book.id")
            List<BookWithNote> page%2$d(long userId, long after, @Limit int limit);

            @Select(from = Book.class)
            @LeftJoin(path = "book.notes", as = "notes", on = "notes.userId <> :userId")
            @Where("book.id > :after AND book.id <= :upTo")
            @OrderBy({"book.id", "notes.id"})
            List<BookWithNotes> withNotes%2$d(long userId, long after, long upTo);

            @Select(from = Asset.class)
            @Count(path = "asset.coupons", where = "coupons.deviceId = :deviceId", as = "saved")
            @Where("asset.id > :after")
            @OrderBy("asset.id")
            List<AssetWithCount> counts%2$d(long deviceId, long after, @Limit int limit);

            @Select(from = Asset.class)
            @Exists(path = "asset.coupons", where = "coupons.deviceId = :deviceId", as = "saved")
            @Where("saved OR asset.id <= :featured")
            @OrderBy({"saved DESC", "asset.id"})
            List<AssetWithFlag> savedFirst%2$d(long deviceId, long featured);

            record BookWithNote(Book book, @Nullable BookNote usernote) {}
            record BookWithNotes(Book book, List<BookNote> notes) {}
            record AssetWithCount(Asset asset, long saved) {}
            record AssetWithFlag(Asset asset, boolean saved) {}
          }
          """.formatted(name, i)));
    }
    return files;
  }

  private static String write(Path file, String text) throws IOException {
    Files.writeString(file, text);
    return file.toString();
  }
}
