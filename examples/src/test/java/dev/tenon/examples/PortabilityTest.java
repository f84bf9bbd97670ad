package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.examples.Portability.BookFacts;
import dev.tenon.examples.Portability.UserSummary;
import dev.tenon.examples.model.AppUser;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Scenario 14: one compiled DAO gives the same answers on every database. */
class PortabilityTest {

  private static final String INJECTION = "'; DROP TABLE book; --";

  private static final AppUser ADA = new AppUser(1, "Ada");
  private static final AppUser O_BRIEN = new AppUser(2, "O'Brien");
  private static final AppUser CHEN = new AppUser(3, "Chen");
  private static final AppUser DANA = new AppUser(4, "Dana");
  private static final AppUser EVE = new AppUser(5, "Eve");

  private static final UserSummary ADA_IN_NORWAY = new UserSummary(ADA, "Norway", 6, true, 2);
  private static final UserSummary O_BRIEN_IN_IRELAND =
      new UserSummary(O_BRIEN, "Ireland", 7, true, 2);
  private static final UserSummary CHEN_IN_NORWAY = new UserSummary(CHEN, "Norway", 6, false, 0);
  private static final UserSummary DANA_NOWHERE = new UserSummary(DANA, null, null, true, 2);
  private static final UserSummary EVE_IN_COTE_D_IVOIRE =
      new UserSummary(EVE, "Côte d'Ivoire", 13, false, 0);

  @OnEachDatabase
  void stringCollectionsHoldQuotesUnicodeAndSql(TestDatabase database) {
    Portability portability = database.onDemand(Portability.class);

    assertEquals(List.of(O_BRIEN), portability.usersNamed(List.of("O'Brien")));
    assertEquals(List.of(), portability.usersNamed(List.of(INJECTION, "Zoë \"Z\" \\ 日本")));
    assertEquals(
        List.of(ADA, O_BRIEN, EVE), portability.usersNamed(List.of("Eve", INJECTION, "O'Brien", "Ada")));
    assertEquals(List.of(), portability.usersNamed(List.of()));
    assertEquals(List.of(ADA, CHEN, DANA), portability.usersNotNamed(Set.of("O'Brien", "Eve")));
    assertEquals(
        List.of(ADA, O_BRIEN, CHEN, DANA, EVE), portability.usersNotNamed(List.of(INJECTION)));
    assertEquals(List.of(ADA, O_BRIEN, CHEN, DANA, EVE), portability.usersNotNamed(List.of()));
  }

  @OnEachDatabase
  void aHundredNamesAreStillOneParameter(TestDatabase database) {
    Portability portability = database.onDemand(Portability.class);
    List<String> names = new ArrayList<>(Collections.nCopies(100, INJECTION));
    names.set(57, "Chen");

    assertEquals(List.of(CHEN), portability.usersNamed(names));
  }

  @OnEachDatabase
  void nullsGoFirstOrLastAsAskedInEitherDirection(TestDatabase database) {
    Portability portability = database.onDemand(Portability.class);

    assertEquals(
        List.of(
            DANA_NOWHERE, EVE_IN_COTE_D_IVOIRE, O_BRIEN_IN_IRELAND, ADA_IN_NORWAY, CHEN_IN_NORWAY),
        portability.usersHomelessFirst());
    assertEquals(
        List.of(
            EVE_IN_COTE_D_IVOIRE, O_BRIEN_IN_IRELAND, ADA_IN_NORWAY, CHEN_IN_NORWAY, DANA_NOWHERE),
        portability.usersHomelessLast());
    assertEquals(
        List.of(
            DANA_NOWHERE, ADA_IN_NORWAY, CHEN_IN_NORWAY, O_BRIEN_IN_IRELAND, EVE_IN_COTE_D_IVOIRE),
        portability.usersByHomeDescendingHomelessFirst());
    assertEquals(
        List.of(
            ADA_IN_NORWAY, CHEN_IN_NORWAY, O_BRIEN_IN_IRELAND, EVE_IN_COTE_D_IVOIRE, DANA_NOWHERE),
        portability.usersByHomeDescendingHomelessLast());
  }

  @OnEachDatabase
  void anOffsetWithoutALimitSkipsRows(TestDatabase database) {
    Portability portability = database.onDemand(Portability.class);

    assertEquals(
        List.of(new Book(4, "Walden"), new Book(5, "Gulliver's Travels")),
        portability.booksAfter(3));
    assertEquals(5, portability.booksAfter(0).size());
    assertEquals(List.of(), portability.booksAfter(5));
  }

  @OnEachDatabase
  void computedValuesAreTheSameEverywhere(TestDatabase database) {
    Portability portability = database.onDemand(Portability.class);

    assertEquals(
        List.of(
            new BookFacts(1, 4, 0, false, 11),
            new BookFacts(2, 4, 2, false, 11),
            new BookFacts(3, 7, 2, true, 11),
            new BookFacts(4, 6, 4, true, 11),
            new BookFacts(5, 18, 4, true, 11)),
        portability.bookFacts());
  }

  @OnEachDatabase
  void backslashEscapesLikeWildcardsEverywhere(TestDatabase database) {
    Portability portability = database.onDemand(Portability.class);
    Optional<Book> dune = Optional.of(new Book(1, "Dune"));

    assertEquals(dune, portability.duneIfLike("100%", "100\\%"));
    assertEquals(Optional.empty(), portability.duneIfLike("1000", "100\\%"));
    assertEquals(dune, portability.duneIfLike("a_b", "a\\_b"));
    assertEquals(Optional.empty(), portability.duneIfLike("axb", "a\\_b"));
    assertEquals(dune, portability.duneIfLike("C:\\temp", "C:\\\\t%"));
    assertEquals(dune, portability.duneIfLike("O'Brien", "O'B%"));
    assertEquals(dune, portability.duneIfLike(INJECTION, "'; DROP%"));
    assertEquals(Optional.empty(), portability.duneIfLike("Dune", INJECTION));
  }
}
