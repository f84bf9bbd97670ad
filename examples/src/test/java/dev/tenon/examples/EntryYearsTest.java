package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tenon.examples.EntryYears.DatedEntry;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.time.Year;
import java.util.List;

/** A converter reads, binds (also in IN lists) and compares its type on every database. */
class EntryYearsTest {
  @OnEachDatabase
  void readsBindsAndComparesThroughTheConverter(TestDatabase database) {
    EntryYears entries = database.onDemand(EntryYears.class);

    assertEquals(
        List.of(3L),
        entries.from(Year.of(2005)).stream().map(DatedEntry::id).toList());
    assertEquals(
        new DatedEntry(6, 5, "Lennon in Hamburg", Year.of(1960)), entries.before(Year.of(1970)).get(0));
    assertEquals(
        List.of(3L, 6L, 7L),
        entries.fromAnyOf(List.of(Year.of(1960), Year.of(1980), Year.of(2005))).stream().map(DatedEntry::id).toList());
    assertEquals(List.of(), entries.fromAnyOf(List.of()));
  }

  @OnEachDatabase
  void writesThroughTheConverter(TestDatabase database) {
    EntryYears entries = database.onDemand(EntryYears.class);
    try {
      assertEquals(1, entries.redate(7, Year.of(1975)));
      assertEquals(List.of(7L), entries.from(Year.of(1975)).stream().map(DatedEntry::id).toList());
    } finally {
      entries.redate(7, Year.of(1980)); // the sample is shared with the other tests
    }
  }
}
