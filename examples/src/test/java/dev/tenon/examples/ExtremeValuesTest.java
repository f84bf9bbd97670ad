package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tenon.examples.model.AppUser;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Issue 14, hostile and extreme values on all four databases, through the example DAOs: each is
 * bound as a parameter and answers the same everywhere, or fails with a message naming the method.
 */
class ExtremeValuesTest {

  private static final Optional<Book> DUNE = Optional.of(new Book(1, "Dune"));
  private static final String ONE_MEGABYTE = "x'\\%_".repeat(200_000) + "end";

  @OnEachDatabase
  void quotesBackslashesAndWildcardsAreJustCharacters(TestDatabase database) {
    Portability portability = database.onDemand(Portability.class);

    assertEquals(Optional.empty(), portability.duneIfLike("it's 100%", "it''s 100\\%"), "'' is two quotes");
    assertEquals(DUNE, portability.duneIfLike("it''s 100%", "it''s 100\\%"));
    assertEquals(DUNE, portability.duneIfLike("a_b", "a\\_b"));
    assertEquals(Optional.empty(), portability.duneIfLike("axb", "a\\_b"));
    assertEquals(DUNE, portability.duneIfLike("C:\\temp\\", "C:\\\\temp\\\\"));
    assertEquals(Optional.empty(), portability.duneIfLike("C:temp", "C:\\\\temp"));
    assertEquals(DUNE, portability.duneIfLike("\"; DROP TABLE book; --", "\"; DROP%"));
  }

  @OnEachDatabase
  void rightToLeftAndFourByteCharactersCompareAsText(TestDatabase database) {
    Portability portability = database.onDemand(Portability.class);
    HostileInput hostile = database.onDemand(HostileInput.class);
    String rtl = "\u05e9\u05dc\u05d5\u05dd \u202e\u0645\u0631\u062d\u0628\u0627";
    String emoji = "\ud83d\ude00\ud834\udd1e"; // U+1F600 and U+1D11E, each 4 bytes in UTF-8

    assertEquals(DUNE, portability.duneIfLike(rtl, rtl));
    assertEquals(DUNE, portability.duneIfLike(rtl + emoji, "%" + emoji));
    assertEquals(DUNE, portability.duneIfLike(emoji, emoji));
    assertNull(hostile.byName(rtl + emoji));
    assertEquals(
        List.of(new AppUser(2, "O'Brien")), portability.usersNamed(List.of(emoji, rtl, "O'Brien")));
  }

  @OnEachDatabase
  void aMegabyteOfTextIsOneParameter(TestDatabase database) {
    Portability portability = database.onDemand(Portability.class);
    HostileInput hostile = database.onDemand(HostileInput.class);

    assertEquals(1_000_003, ONE_MEGABYTE.length());
    assertEquals(DUNE, portability.duneIfLike(ONE_MEGABYTE, "%end"));
    assertEquals(Optional.empty(), portability.duneIfLike(ONE_MEGABYTE, "%nd_"));
    assertNull(hostile.byName(ONE_MEGABYTE));
    assertEquals(List.of(), hostile.notesWithText(ONE_MEGABYTE));
  }

  @OnEachDatabase
  void nullElementsAndNullValuesFollowSqlEverywhere(TestDatabase database) {
    HostileInput hostile = database.onDemand(HostileInput.class);
    Portability portability = database.onDemand(Portability.class);

    assertEquals(List.of(new Book(1, "Dune")), hostile.byIds(Arrays.asList(1L, null)));
    // NOT IN a list holding NULL is never true, in SQL and so on every database.
    assertEquals(List.of(), portability.usersNotNamed(Arrays.asList("Ada", null)));
    assertNull(hostile.byName(null), "= NULL matches nothing");
    assertEquals(Optional.empty(), portability.duneIfLike(null, "%"));
    IllegalArgumentException nullList =
        assertThrows(IllegalArgumentException.class, () -> hostile.byIds(null));
    assertTrue(nullList.getMessage().contains("must not be null"), nullList.getMessage());
  }

  @OnEachDatabase
  void aNulCharacterIsTextOrAClearErrorNamingTheParameter(TestDatabase database) {
    Portability portability = database.onDemand(Portability.class);
    HostileInput hostile = database.onDemand(HostileInput.class);
    String nul = "a\u0000b";

    if (database == TestDatabase.POSTGRES) {
      UnableToExecuteStatementException single =
          assertThrows(UnableToExecuteStatementException.class, () -> hostile.byName(nul));
      assertTrue(
          single.getMessage().startsWith(
              "HostileInput.byName: parameter [1] (by position of its ? in the SQL) holds the"
                  + " character U+0000 (NUL), which PostgreSQL does not accept in text"),
          single.getMessage());
      UnableToExecuteStatementException second =
          assertThrows(
              UnableToExecuteStatementException.class, () -> portability.duneIfLike("ab", nul));
      assertTrue(
          second.getMessage().startsWith("Portability.duneIfLike: parameter [2] "),
          second.getMessage());
      UnableToExecuteStatementException inList =
          assertThrows(
              UnableToExecuteStatementException.class,
              () -> portability.usersNamed(List.of("Ada", nul)));
      assertTrue(
          inList.getMessage().startsWith("Portability.usersNamed: parameter [1] "),
          inList.getMessage());
    } else {
      assertNull(hostile.byName(nul));
      // SQLite's LIKE stops at a NUL (its C strings end there); = compares the whole text.
      assertEquals(
          database == TestDatabase.SQLITE ? Optional.empty() : DUNE,
          portability.duneIfLike(nul, "a%b"));
      assertEquals(DUNE, portability.duneIfLike(nul, nul));
      assertEquals(List.of(new AppUser(1, "Ada")), portability.usersNamed(List.of("Ada", nul)));
    }
  }
}
