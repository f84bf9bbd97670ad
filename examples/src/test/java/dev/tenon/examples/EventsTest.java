package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.examples.Events.Facts;
import dev.tenon.examples.Events.Labelled;
import dev.tenon.examples.Events.TitlePart;
import dev.tenon.examples.model.Event;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.util.List;

/**
 * The condition language beyond comparisons, on every database. Each expected answer was first
 * worked out with hand-written SQL on PostgreSQL, e.g. {@code SELECT id FROM event WHERE
 * lower(title) LIKE '%' || replace(replace(replace(lower('100%'), '\', '\\'), '%', '\%'), '_',
 * '\_') || '%'} → 1, and {@code SELECT id, CASE WHEN seats = 0 THEN 'full' WHEN seats < 20 THEN
 * 'few seats' END, title || ': ' || note FROM event ORDER BY id}.
 */
class EventsTest {

  private static List<Long> ids(List<Event> events) {
    return events.stream().map(Event::id).toList();
  }

  @OnEachDatabase
  void aSearchBoxMatchesItsTextLiterally(TestDatabase database) {
    Events events = database.onDemand(Events.class);

    assertEquals(List.of(1L), ids(events.titled("100%")));
    assertEquals(List.of(5L), ids(events.titled("_")), "'_' is not any one character");
    assertEquals(List.of(5L), ids(events.titled("E_C")), "any case, '_' literal");
    assertEquals(List.of(2L), ids(events.titled("k\\s")), "a backslash is itself");
    assertEquals(List.of(1L, 3L), ids(events.titled("'")));
    assertEquals(List.of(), ids(events.titled("%%")));
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids(events.titled("")));
    assertEquals(List.of(), ids(events.titled("'; DROP TABLE event; --")));
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids(events.titled("")), "the table is still there");
  }

  @OnEachDatabase
  void distinctFromTreatsNullAsAValue(TestDatabase database) {
    Events events = database.onDemand(Events.class);

    assertEquals(List.of(2L), ids(events.withNote(null)));
    assertEquals(List.of(3L), ids(events.withNote("")));
    assertEquals(List.of(4L), ids(events.withNote("padded")));
    assertEquals(List.of(1L, 3L, 4L, 5L), ids(events.notWithNote(null)));
    assertEquals(List.of(1L, 2L, 3L, 5L), ids(events.notWithNote("padded")));
  }

  @OnEachDatabase
  void caseLabelsAndConcatenationWithNulls(TestDatabase database) {
    Events events = database.onDemand(Events.class);

    assertEquals(
        List.of(
            new Labelled(1, null, "Ada's 100% talk (bring_snacks)", "Ada's 100% talk: bring_snacks"),
            new Labelled(2, "full", "Back\\slash night (-)", null),
            new Labelled(3, "few seats", "O'Brien reads (-)", "O'Brien reads: "),
            new Labelled(4, "few seats", "  Padded   (padded)", "  Padded  : padded"),
            new Labelled(5, null, "snake_case day (Snake)", "snake_case day: Snake")),
        events.labelled());
  }

  @OnEachDatabase
  void datePartsAndTextFunctions(TestDatabase database) {
    Events events = database.onDemand(Events.class);

    assertEquals(
        List.of(
            new Facts(1, 2024, 5, 9, 15, 30, "[Ada's 100% talk]", "a's 100% talk",
                "Ada's-100%-talk", false),
            new Facts(2, 2024, 24, 18, 0, 5, "[Back\\slash night]", "ck\\slash night",
                "Back\\slash-night", false),
            new Facts(3, 1999, 31, 23, 59, 59, "[O'Brien reads]", "Brien reads",
                "O'Brien-reads", true),
            new Facts(4, 2037, 1, 0, 0, 0, "[Padded]", "Padded  ", "--Padded--", false),
            new Facts(5, 2024, 5, 12, 0, 0, "[snake_case day]", "ake_case day",
                "snake_case-day", false)),
        events.facts());
  }

  @OnEachDatabase
  void substringTakesBoundPositions(TestDatabase database) {
    Events events = database.onDemand(Events.class);

    assertEquals(
        List.of(
            new TitlePart(1, "a's"),
            new TitlePart(2, "ck\\"),
            new TitlePart(3, "Bri"),
            new TitlePart(4, "Pad"),
            new TitlePart(5, "ake")),
        events.titleParts(3, 3));
  }

  @OnEachDatabase
  void datesAgainstTheClockAndByPart(TestDatabase database) {
    Events events = database.onDemand(Events.class);

    assertEquals(List.of(1L, 2L, 3L, 5L), ids(events.begun()), "event 4 is in 2037");
    assertEquals(List.of(1L, 5L), ids(events.inMonth(2024, 3)));
    assertEquals(List.of(2L), ids(events.inMonth(2024, 12)));
    assertEquals(List.of(), ids(events.inMonth(2024, 1)));
  }
}
