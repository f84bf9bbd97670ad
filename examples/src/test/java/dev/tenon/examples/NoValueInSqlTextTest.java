package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.Dialect;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.RecordingJdbi;
import dev.tenon.examples.testing.TestDatabase;
import dev.tenon.runtime.Query;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "No value ever in SQL text", checked on every DAO the processor generated for the examples:
 *
 * <ul>
 *   <li>in the generated source, every SQL field is initialised by string literals only (joined by
 *       {@code +}), so it is a compile-time constant; no other code in the class builds a string
 *       with {@code +} or calls {@code prepareStatement}, and values reach statements only through
 *       {@code set…(index, value)} calls;
 *   <li>in the compiled class, every SQL field's value is interned (as compile-time constants are),
 *       and every {@link Query} constant hands out, for each dialect it has, one of those very
 *       strings (the same object);
 *   <li>at run time, a marker passed in every kind of parameter never appears in the SQL prepared.
 * </ul>
 */
class NoValueInSqlTextTest {

  private static final Path GENERATED =
      Path.of("target/generated-sources/annotations/dev/tenon/examples");

  /** {@code static final String NAME = "…" + "…";} as JavaPoet writes it. */
  private static final Pattern SQL_FIELD =
      Pattern.compile("static final String (\\w+) = ((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+?\\s*)+);");

  private static List<Path> generatedSources() throws IOException {
    try (Stream<Path> files = Files.list(GENERATED)) {
      return files.filter(f -> f.getFileName().toString().startsWith("Tenon")).sorted().toList();
    }
  }

  @Test
  void everyGeneratedDaoIsChecked() throws IOException {
    List<Path> sources = generatedSources();
    // One per @Dao interface in src/main: a new DAO is checked without touching this test.
    try (Stream<Path> daos = Files.list(Path.of("src/main/java/dev/tenon/examples"))) {
      long declared =
          daos.filter(Files::isRegularFile)
              .filter(f -> readUnchecked(f).contains("\n@Dao"))
              .count();
      assertEquals(declared, sources.size(), "generated DAOs: " + sources);
    }
    assertTrue(sources.size() >= 11, "too few generated DAOs found: " + sources);
  }

  @Test
  void sqlFieldsAreStringLiteralsAndNothingElseBuildsText() throws IOException {
    for (Path source : generatedSources()) {
      String text = Files.readString(source);
      String rest = text;
      Matcher fields = SQL_FIELD.matcher(text);
      int count = 0;
      while (fields.find()) {
        count++;
        rest = rest.replace(fields.group(), "static final String " + fields.group(1) + " = SQL;");
      }
      assertTrue(count > 0, source + " has no SQL field");
      // Every String field is one of those literal-only constants.
      Matcher anyStringField = Pattern.compile("static final String (\\w+) = ([^;]*);").matcher(rest);
      while (anyStringField.find()) {
        assertEquals("SQL", anyStringField.group(2), source + ": " + anyStringField.group());
      }
      String code = withoutCommentsAndStrings(rest);
      assertFalse(code.contains("prepareStatement"), source + " prepares its own statement");
      assertFalse(code.contains("createStatement"), source + " creates its own statement");
      // Strings are literals-free here ("" stands for each): "" + x or x + "" builds text.
      for (String builder :
          List.of("StringBuilder", "String.format", ".formatted(", ".concat(", "String.join")) {
        assertFalse(code.contains(builder), source + " builds text with " + builder);
      }
      assertFalse(
          Pattern.compile("\"\"\\s*\\+|\\+\\s*\"\"").matcher(code).find(),
          source + " concatenates a string outside its SQL constants:\n" + firstPlus(code));
    }
  }

  @Test
  void queriesHandOutTheCompiledConstantsThemselves() throws Exception {
    for (Path source : generatedSources()) {
      String simpleName = source.getFileName().toString().replace(".java", "");
      Class<?> dao = Class.forName("dev.tenon.examples." + simpleName);
      Map<String, Boolean> constants = new IdentityHashMap<>();
      List<Query> queries = new ArrayList<>();
      for (Field field : dao.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (!Modifier.isStatic(modifiers)) {
          continue;
        }
        field.setAccessible(true);
        if (field.getType() == String.class) {
          assertTrue(Modifier.isFinal(modifiers), field + " is not final");
          String sql = (String) field.get(null);
          assertSame(sql.intern(), sql, field + " is not a compile-time constant");
          constants.put(sql, true);
        } else if (field.getType() == Query.class) {
          assertTrue(Modifier.isFinal(modifiers), field + " is not final");
          queries.add((Query) field.get(null));
        }
      }
      assertFalse(queries.isEmpty(), dao + " has no Query constant");
      for (Query query : queries) {
        assertFalse(query.dialects().isEmpty(), query.method());
        for (Dialect dialect : query.dialects()) {
          String sql = query.sql(dialect);
          assertNotNull(constants.get(sql), query.method() + " on " + dialect + ": not a constant");
        }
      }
    }
  }

  private static final String MARKER = "tenon-marker-4f9c";

  @OnEachDatabase
  void aValuePassedInAnyParameterNeverReachesTheSql(TestDatabase database) {
    RecordingJdbi recording = new RecordingJdbi(database);
    HostileInput hostile = recording.jdbi().onDemand(HostileInput.class);
    Portability portability = recording.jdbi().onDemand(Portability.class);
    NoteCollections collections = recording.jdbi().onDemand(NoteCollections.class);
    String quoted = "'" + MARKER + "'; --";

    hostile.byName(quoted);
    hostile.userNamed(MARKER);
    hostile.notesWithText(quoted);
    hostile.booksWithNoteLike("%" + MARKER + "%");
    hostile.byIds(List.of(4_242_424_242L, 31_337L));
    portability.usersNamed(Set.of(quoted, MARKER));
    portability.usersNotNamed(List.of(quoted));
    portability.duneIfLike(MARKER, quoted);
    portability.booksAfter(31_337L);
    collections.pageOfBooksWithNotesLike(quoted, 31_337, 4_242);
    collections.booksWithNotesLikeBatched(quoted);

    assertTrue(recording.prepared().size() >= 11, "calls not recorded");
    for (RecordingJdbi.Prepared prepared : recording.prepared()) {
      String sql = prepared.sql();
      assertFalse(sql.contains(MARKER), "a value reached the SQL: " + sql);
      assertFalse(sql.contains("4242") || sql.contains("31337"), "a number reached the SQL: " + sql);
    }
  }

  private static String readUnchecked(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Java source without comments, string and char literals: what is left is code. */
  private static String withoutCommentsAndStrings(String source) {
    return source
        .replaceAll("(?s)/\\*.*?\\*/", " ")
        .replaceAll("//[^\n]*", " ")
        .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
        .replaceAll("'(?:[^'\\\\]|\\\\.)'", "' '");
  }

  private static String firstPlus(String code) {
    Matcher plus = Pattern.compile("\"\"\\s*\\+|\\+\\s*\"\"").matcher(code);
    if (!plus.find()) {
      return "";
    }
    int at = plus.start();
    return code.substring(Math.max(0, at - 200), Math.min(code.length(), at + 100));
  }
}
