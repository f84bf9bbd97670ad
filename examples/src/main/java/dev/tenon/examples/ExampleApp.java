package dev.tenon.examples;

import dev.tenon.StaleRowException;
import dev.tenon.TenonPlugin;
import dev.tenon.examples.AssetCoupons.AssetWithCount;
import dev.tenon.examples.AssetCoupons.AssetWithFlag;
import dev.tenon.examples.BookListings.BookListing;
import dev.tenon.examples.BookNotes.BookWithNote;
import dev.tenon.examples.BookNotes.BookWithTwoNotes;
import dev.tenon.examples.BookNotes.TitleAndNote;
import dev.tenon.examples.HostileInput.BookWithMatchingNote;
import dev.tenon.examples.NoteCollections.AuthoredNote;
import dev.tenon.examples.NoteCollections.BookWithAuthoredNotes;
import dev.tenon.examples.NoteCollections.BookWithNotes;
import dev.tenon.examples.PurchaseExports.PurchaseWithLines;
import dev.tenon.examples.UserPoints.UserBalance;
import dev.tenon.examples.model.Blog;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.BookNote;
import dev.tenon.examples.model.ImportedNote;
import dev.tenon.examples.model.Inventory;
import dev.tenon.examples.model.Note;
import dev.tenon.examples.model.Purchase;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs every example on an in-memory H2 database loaded with {@link SampleData} and prints each
 * question with its answer. Run it from the repository root with {@code mvn -q -Pexample
 * -DskipTests package}.
 */
public final class ExampleApp {

  private static final long ADA = 1;
  private static final long O_BRIEN = 2;
  private static final long CHEN = 3;
  private static final long ADAS_PHONE = 1;
  private static final long DUNE_ID = 1;
  private static final long EMMA_ID = 2;
  private static final long BENS_TABLET = 2;

  private ExampleApp() {}

  public static void main(String[] args) throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:tenon_example;DB_CLOSE_DELAY=-1");
    SampleData.load(dataSource);
    Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new TenonPlugin());

    PrintStream out = System.out;
    printBookNotes(jdbi.onDemand(BookNotes.class), out);
    printAssetCoupons(jdbi.onDemand(AssetCoupons.class), out);
    printUserPoints(jdbi.onDemand(UserPoints.class), out);
    printNoteCollections(jdbi.onDemand(NoteCollections.class), out);
    printBlogs(jdbi.onDemand(Blogs.class), out);
    printHomeLibraries(jdbi.onDemand(HomeLibraries.class), out);
    printNoteAuthors(jdbi.onDemand(NoteAuthors.class), out);
    printBookListings(jdbi.onDemand(BookListings.class), out);
    printPurchaseExports(jdbi, out);
    printHostileInput(jdbi.onDemand(HostileInput.class), out);
    printNoteWrites(jdbi.onDemand(NoteWrites.class), out);
    ReportExamples.print(jdbi, out);
  }

  /** The writes flow: add, edit, upsert, a stale edit refused, deletes, a batch import. */
  private static void printNoteWrites(NoteWrites notes, PrintStream out) {
    TablePrinter steps = new TablePrinter("W. Ada's notes, written through Tenon", "step", "result");
    Note added = notes.add(Note.draft(DUNE_ID, ADA, "Slow start"));
    steps.row("add a note on Dune", added);
    Note edited = notes.saveChecked(new Note(added.id(), "Slow start, great ending", DUNE_ID, ADA, added.version()));
    steps.row("edit it (version " + added.version() + " -> " + edited.version() + ")", edited);
    Note put = notes.put(Note.draft(DUNE_ID, ADA, "Reread every winter"));
    steps.row("upsert \"my note on Dune\": same id, new text", put);
    try {
      notes.saveChecked(new Note(added.id(), "an edit from a stale copy", DUNE_ID, ADA, added.version()));
      steps.row("edit from a stale copy", "saved (wrong!)");
    } catch (StaleRowException refused) {
      steps.row("edit from a stale copy", "refused: StaleRowException");
    }
    notes.add(Note.draft(EMMA_ID, ADA, "Witty"));
    steps.row("delete the notes on books named Dune", notes.removeNotesOnBooksNamed("Dune") + " row(s)");
    steps.row("delete every note of Ada", notes.removeAllOf(ADA) + " row(s)");
    List<ImportedNote> batch = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      batch.add(new ImportedNote(0, "imported note " + i, i % 5 + 1, i % 5 + 1, "csv"));
    }
    steps.row("batch-import 10,000 notes", notes.importAll(batch) + " row(s) in one call");
    steps.print(out);
  }

  private static void printBookNotes(BookNotes notes, PrintStream out) {
    booksWithNote("1. All books, each with Ada's note, or NULL", notes.booksWithNoteOf(ADA))
        .print(out);
    booksWithNote(
            "1. All books, each with Chen's note (Chen wrote none: every book, every note NULL)",
            notes.booksWithNoteOf(CHEN))
        .print(out);
    booksWithNote(
            "1. Page 2 (two per page) of the books, each with Ada's note",
            notes.pageOfBooksWithNoteOf(ADA, 2, 2))
        .print(out);

    TablePrinter both =
        new TablePrinter(
            "2. Each book with Ada's note and her co-author O'Brien's note",
            "book.id",
            "book.name",
            "mine.text",
            "theirs.text");
    for (BookWithTwoNotes row : notes.booksWithNotesOf(ADA, O_BRIEN)) {
      both.row(
          row.book().id(),
          row.book().name(),
          row.mine().map(BookNote::text),
          row.theirs().map(BookNote::text));
    }
    both.print(out);

    TablePrinter titles =
        new TablePrinter("3. Just each book's name and O'Brien's note text", "title", "note");
    for (TitleAndNote row : notes.titlesWithNoteOf(O_BRIEN)) {
      titles.row(row.title(), row.note());
    }
    titles.print(out);
  }

  private static TablePrinter booksWithNote(String question, List<BookWithNote> rows) {
    TablePrinter table =
        new TablePrinter(question, "book.id", "book.name", "usernote.id", "usernote.text");
    for (BookWithNote row : rows) {
      Optional<BookNote> note = Optional.ofNullable(row.usernote());
      table.row(
          row.book().id(), row.book().name(), note.map(BookNote::id), note.map(BookNote::text));
    }
    return table;
  }

  private static void printAssetCoupons(AssetCoupons coupons, PrintStream out) {
    countTable(
            "4. Every asset with the number of coupons Ada's phone saved on it, 0 for the rest",
            coupons.assetsWithCouponsSavedBy(ADAS_PHONE))
        .print(out);
    countTable(
            "4. The assets Ben's tablet saved at least 1 coupon on, most first (the count by name)",
            coupons.assetsWithAtLeastCouponsSavedBy(BENS_TABLET, 1))
        .print(out);
    flagTable(
            "5. Every asset with saved = true/false for Ada's phone (the EXISTS computed once)",
            coupons.assetsWithSavedFlagFor(ADAS_PHONE))
        .print(out);
    flagTable(
            "5. Every asset, the ones Ben's tablet saved first (the flag sorted on by name)",
            coupons.assetsSavedFirstFor(BENS_TABLET))
        .print(out);
    TablePrinter notSaved =
        new TablePrinter(
            "5. The assets Ben's tablet has not saved a coupon on (NOT saved)",
            "asset.id",
            "asset.name");
    coupons.assetsNotSavedBy(BENS_TABLET).forEach(asset -> notSaved.row(asset.id(), asset.name()));
    notSaved.print(out);
  }

  private static TablePrinter countTable(String question, List<AssetWithCount> rows) {
    TablePrinter table = new TablePrinter(question, "asset.id", "asset.name", "saved");
    rows.forEach(row -> table.row(row.asset().id(), row.asset().name(), row.saved()));
    return table;
  }

  private static TablePrinter flagTable(String question, List<AssetWithFlag> rows) {
    TablePrinter table = new TablePrinter(question, "asset.id", "asset.name", "saved");
    rows.forEach(row -> table.row(row.asset().id(), row.asset().name(), row.saved()));
    return table;
  }

  private static void printUserPoints(UserPoints points, PrintStream out) {
    TablePrinter totals =
        new TablePrinter(
            "6. Every user with the sum of their points, NULL for users with none",
            "appUser.id",
            "appUser.name",
            "total");
    points
        .usersWithTotalPoints()
        .forEach(row -> totals.row(row.appUser().id(), row.appUser().name(), row.total()));
    totals.print(out);

    TablePrinter balances =
        new TablePrinter(
            "6. Every user with the number of entries, points earned and points spent",
            "appUser.id",
            "appUser.name",
            "entries",
            "earned",
            "spent");
    for (UserBalance row : points.usersWithEarnedAndSpent()) {
      balances.row(
          row.appUser().id(), row.appUser().name(), row.entries(), row.earned(), row.spent());
    }
    balances.print(out);
  }

  private static void printNoteCollections(NoteCollections notes, PrintStream out) {
    booksWithNotes(
            "7. Each book with its notes containing an 'o' (Fetch.JOIN: one statement, folded)",
            notes.booksWithNotesLike("%o%"))
        .print(out);
    booksWithNotes(
            "7. The same with Fetch.BATCH (the books, then their notes by the books' ids)",
            notes.booksWithNotesLikeBatched("%o%"))
        .print(out);
    booksWithNotes(
            "7. Page 2 (two per page) of the books, each with its notes containing an 'o'",
            notes.pageOfBooksWithNotesLike("%o%", 2, 2))
        .print(out);

    TablePrinter authored =
        new TablePrinter(
            "7. Each book with its notes containing an 'o', each note with its author",
            "book.id",
            "book.name",
            "notes (author)");
    for (BookWithAuthoredNotes row : notes.booksWithAuthoredNotesLike("%o%")) {
      List<String> texts = new ArrayList<>();
      for (AuthoredNote note : row.notes()) {
        String author = note.author() == null ? "NULL" : note.author().name();
        texts.add(note.notes().text() + " (" + author + ")");
      }
      authored.row(row.book().id(), row.book().name(), texts);
    }
    authored.print(out);
  }

  private static TablePrinter booksWithNotes(String question, List<BookWithNotes> rows) {
    TablePrinter table = new TablePrinter(question, "book.id", "book.name", "notes");
    for (BookWithNotes row : rows) {
      table.row(
          row.book().id(), row.book().name(), row.notes().stream().map(BookNote::text).toList());
    }
    return table;
  }

  private static void printBlogs(Blogs blogs, PrintStream out) {
    blogTable(
            "8. Blogs with ONE entry that is both about Lennon and from 2008 (one alias)",
            blogs.withOneEntryAboutLennonFrom2008())
        .print(out);
    blogTable(
            "8. Blogs with AN entry about Lennon and AN entry from 2008 (two aliases)",
            blogs.withAnEntryAboutLennonAndAnEntryFrom2008())
        .print(out);
  }

  private static TablePrinter blogTable(String question, List<Blog> rows) {
    TablePrinter table = new TablePrinter(question, "blog.id", "blog.name");
    rows.forEach(blog -> table.row(blog.id(), blog.name()));
    return table;
  }

  private static void printHomeLibraries(HomeLibraries libraries, PrintStream out) {
    for (String country : List.of("Norway", "Ireland", "Côte d'Ivoire", "Peru")) {
      bookTable(
              "9. Books held by users at home in " + country,
              libraries.booksHeldByUsersAtHomeIn(country))
          .print(out);
    }
    TablePrinter held =
        new TablePrinter(
            "15. The books O'Brien holds, each with his own note on it, or NULL (the LEFT JOIN's"
                + " 'on' names the INNER JOIN above it)",
            "book.id",
            "book.name",
            "note.text");
    for (HomeLibraries.HeldBook row : libraries.heldBooksWithTheHoldersNote(O_BRIEN)) {
      held.row(row.book().id(), row.book().name(), row.note() == null ? null : row.note().text());
    }
    held.print(out);
  }

  private static void printNoteAuthors(NoteAuthors authors, PrintStream out) {
    TablePrinter names =
        new TablePrinter(
            "15. Who wrote a note, each once, sorted by the name the DISTINCT query selects",
            "name",
            "lowered");
    for (NoteAuthors.AuthorName row : authors.namesOfNoteAuthors()) {
      names.row(row.name(), row.lowered());
    }
    names.print(out);
  }

  private static void printBookListings(BookListings listings, PrintStream out) {
    listingTable(
            "10. Every book with its number of notes and copies next to the copies themselves"
                + " (no filter: the pattern is null)",
            listings.listing(null))
        .print(out);
    listingTable(
            "10. The same for books whose name contains an 's': the counts stay right",
            listings.listing("%s%"))
        .print(out);
  }

  private static TablePrinter listingTable(String question, List<BookListing> rows) {
    TablePrinter table =
        new TablePrinter(
            question, "book.id", "book.name", "noteCount", "copyCount", "copies (holder ids)");
    for (BookListing row : rows) {
      table.row(
          row.book().id(),
          row.book().name(),
          row.noteCount(),
          row.copyCount(),
          row.copies().stream().map(Inventory::userId).toList());
    }
    return table;
  }

  /**
   * Streams are read inside {@code useExtension}, whose handle stays open until the callback
   * returns; a stream from {@code jdbi.onDemand} would own a handle of its own until closed.
   */
  private static void printPurchaseExports(Jdbi jdbi, PrintStream out) {
    jdbi.useExtension(
        PurchaseExports.class,
        exports -> {
          TablePrinter first =
              new TablePrinter(
                  "12. Every purchase, streamed: the first five rows",
                  "purchase.id",
                  "purchase.customer",
                  "purchase.totalCents");
          long count = 0;
          long totalCents = 0;
          try (Stream<Purchase> purchases = exports.allPurchases()) {
            for (Iterator<Purchase> rows = purchases.iterator(); rows.hasNext(); ) {
              Purchase purchase = rows.next();
              if (++count <= 5) {
                first.row(purchase.id(), purchase.customer(), purchase.totalCents());
              }
              totalCents += purchase.totalCents();
            }
          }
          first.print(out);
          new TablePrinter("12. ... and all of them, counted while streaming", "rows", "totalCents")
              .row(count, totalCents)
              .print(out);

          TablePrinter withLines =
              new TablePrinter(
                  "12. Every purchase with its lines, streamed and folded: the first four",
                  "purchase.id",
                  "purchase.customer",
                  "lines (sku x quantity)");
          try (Stream<PurchaseWithLines> purchases = exports.allPurchasesWithLines()) {
            purchases
                .limit(4)
                .forEach(
                    row ->
                        withLines.row(
                            row.purchase().id(),
                            row.purchase().customer(),
                            row.lines().stream()
                                .map(line -> line.sku() + " x " + line.quantity())
                                .toList()));
          }
          withLines.print(out);
        });
  }

  private static void printHostileInput(HostileInput hostile, PrintStream out) {
    bookTable("13. The book with id 4", hostile.byId(4).stream().toList()).print(out);
    bookTable("13. The book with id 99 (there is none)", hostile.byId(99).stream().toList())
        .print(out);
    bookTable("13. The book named Gulliver's Travels", listOf(hostile.byName("Gulliver's Travels")))
        .print(out);
    String injection = "'; DROP TABLE book; --";
    bookTable(
            "13. The book named " + injection + " (none, and no table dropped)",
            listOf(hostile.byName(injection)))
        .print(out);
    bookTable("13. The books with ids 5, 1 and 99", hostile.byIds(List.of(5L, 1L, 99L))).print(out);
    bookTable("13. The books with no ids at all (an empty IN list)", hostile.byIds(List.of()))
        .print(out);

    TablePrinter users =
        new TablePrinter("13. The user named O'Brien", "appUser.id", "appUser.name");
    hostile.userNamed("O'Brien").ifPresent(user -> users.row(user.id(), user.name()));
    users.print(out);

    TablePrinter notes =
        new TablePrinter(
            "13. The notes whose text is O'Brien'; DROP TABLE book; --",
            "bookNote.id",
            "bookNote.text",
            "bookNote.bookId",
            "bookNote.userId");
    for (BookNote note : hostile.notesWithText("O'Brien'; DROP TABLE book; --")) {
      notes.row(note.id(), note.text(), note.bookId(), note.userId());
    }
    notes.print(out);

    TablePrinter matching =
        new TablePrinter(
            "13. All books, each with its note that contains a quote (LIKE %'%), or NULL",
            "book.id", "book.name", "note.id", "note.text");
    for (BookWithMatchingNote row : hostile.booksWithNoteLike("%'%")) {
      Optional<BookNote> note = Optional.ofNullable(row.note());
      matching.row(
          row.book().id(), row.book().name(), note.map(BookNote::id), note.map(BookNote::text));
    }
    matching.print(out);

    bookTable("13. Every book, still there", hostile.byIds(List.of(1L, 2L, 3L, 4L, 5L))).print(out);
  }

  private static TablePrinter bookTable(String question, List<Book> rows) {
    TablePrinter table = new TablePrinter(question, "book.id", "book.name");
    rows.forEach(book -> table.row(book.id(), book.name()));
    return table;
  }

  private static <T> List<T> listOf(T nullable) {
    return nullable == null ? List.of() : List.of(nullable);
  }
}
