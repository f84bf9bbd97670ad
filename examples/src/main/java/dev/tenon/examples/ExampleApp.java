package dev.tenon.examples;

import dev.tenon.TenonPlugin;
import dev.tenon.examples.BookNotes.BookWithNote;
import dev.tenon.examples.BookNotes.BookWithTwoNotes;
import dev.tenon.examples.BookNotes.TitleAndNote;
import dev.tenon.examples.HostileInput.BookWithMatchingNote;
import dev.tenon.examples.model.Blog;
import dev.tenon.examples.model.Book;
import dev.tenon.examples.model.BookNote;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
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

  private ExampleApp() {}

  public static void main(String[] args) throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:tenon_example;DB_CLOSE_DELAY=-1");
    SampleData.load(dataSource);
    Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new TenonPlugin());

    PrintStream out = System.out;
    printBookNotes(jdbi.onDemand(BookNotes.class), out);
    printBlogs(jdbi.onDemand(Blogs.class), out);
    printHomeLibraries(jdbi.onDemand(HomeLibraries.class), out);
    printHostileInput(jdbi.onDemand(HostileInput.class), out);
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
