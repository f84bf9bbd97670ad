package dev.tenon.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in {@code List} components of to-many joins and in {@code Fetch.BATCH}. */
class CollectionDiagnosticsTest {

  @Test
  void listOfAToOneAlias() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = BookNote.class)
              @InnerJoin(path = "bookNote.book")
              List<Row> all();

              record Row(
                  BookNote bookNote,
                  List<Book> book) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:collection-not-to-many] component 'book' is a List, but alias 'book' is not a"
                + " to-many join; a List needs a join along a to-many relation")
        .inFile(dao)
        .onLineContaining("List<Book> book");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void elementComponentThatIsNotJoinedUnderTheCollection() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes")
              List<Row> all();

              record Row(Book book, List<Note> notes) {}

              record Note(
                  BookNote notes,
                  @Nullable AppUser writer) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:collection-element] component 'writer' of the element record of 'notes' must"
                + " be 'notes' itself or an alias joined under it")
        .inFile(dao)
        .onLineContaining("@Nullable AppUser writer");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aliasUnderACollectionMappedOnTheRow() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes")
              @LeftJoin(path = "notes.user", as = "writer")
              List<Row> all();

              record Row(
                  Book book,
                  List<BookNote> notes,
                  @Nullable AppUser writer) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:collection-element] alias 'writer' is joined under collection 'notes', so it"
                + " has one value per element, not per row: map it inside the element record of"
                + " 'notes'")
        .inFile(dao)
        .onLineContaining("@LeftJoin(path = \"notes.user\", as = \"writer\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void pagingAFoldedCollection() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes")
              List<Row> page(
                  @Limit int limit);

              record Row(Book book, List<BookNote> notes) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:paging-folded-collection] @Limit/@Offset page joined rows, which would cut"
                + " collection 'notes' short; load it with @LeftJoin(…, fetch = Fetch.BATCH) to"
                + " page the roots")
        .inFile(dao)
        .onLineContaining("@Limit int limit");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void batchCollectionThatDoesNotStartAtTheRoot() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = BookNote.class)
              @InnerJoin(path = "bookNote.book")
              @LeftJoin(path = "book.notes", as = "siblings", fetch = Fetch.BATCH)
              List<Row> all();

              record Row(BookNote bookNote, Book book, List<BookNote> siblings) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:batch-path] Fetch.BATCH loads 'siblings' by the keys of the root 'bookNote':"
                + " its path must start at 'bookNote'")
        .inFile(dao)
        .onLineContaining("as = \"siblings\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void batchCollectionWithACompositeKey() {
    JavaFileObject item =
        source(
            "test.ShelfItem",
            """
            @Table
            record ShelfItem(@Id long id, long roomId, long position) {}
            """);
    JavaFileObject dao =
        source(
            "test.Shelves",
            """
            @Dao
            @Relation(
                from = Shelf.class,
                name = "items",
                target = ShelfItem.class,
                on = {"roomId = roomId", "position = position"})
            interface Shelves {
              @Select(from = Shelf.class)
              @LeftJoin(path = "shelf.items", fetch = Fetch.BATCH)
              List<Row> all();

              record Row(Shelf shelf, List<ShelfItem> items) {}
            }
            """);
    Compilation compilation = compile(item, dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:batch-path] Fetch.BATCH for 'items' needs a relation with a one-column key;"
                + " use Fetch.JOIN")
        .inFile(dao)
        .onLineContaining("@LeftJoin(path = \"shelf.items\", fetch = Fetch.BATCH)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void batchOnNamingAnotherAlias() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(
                  path = "book.notes",
                  on = "notes.text <> book.name",
                  fetch = Fetch.BATCH)
              List<Row> all();

              record Row(Book book, List<BookNote> notes) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:batch-on] the 'on' of BATCH join 'notes' names alias 'book', which its own"
                + " statement does not have; it may name 'notes' and parameters only")
        .inFile(dao)
        .onLineContaining("@LeftJoin(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void batchCollectionInsideAFoldedOne() {
    JavaFileObject dao =
        source(
            "test.Readers",
            """
            @Dao
            interface Readers {
              @Select(from = AppUser.class)
              @LeftJoin(path = "appUser.notes", as = "written")
              @LeftJoin(path = "written.book", as = "book")
              @LeftJoin(path = "book.notes", as = "others", fetch = Fetch.BATCH)
              List<Row> all();

              record Row(AppUser appUser, List<Written> written) {}

              record Written(BookNote written, @Nullable Book book, List<BookNote> others) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:batch-path] Fetch.BATCH is supported for collections of the row itself, not"
                + " nested ones ('others'); use Fetch.JOIN")
        .inFile(dao)
        .onLineContaining("as = \"others\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void streamWithABatchCollection() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", fetch = Fetch.BATCH)
              java.util.stream.Stream<Row> all();

              record Row(Book book, List<BookNote> notes) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:stream-batch] a Stream reads rows as they come, but Fetch.BATCH collection"
                + " 'notes' needs all roots first; use Fetch.JOIN, or return a List")
        .inFile(dao)
        .onLineContaining("fetch = Fetch.BATCH");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void batchJoinWithoutAListComponent() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", fetch = Fetch.BATCH)
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:batch-unmapped] Fetch.BATCH join 'notes' is not mapped to a List component;"
                + " remove fetch = BATCH or add a List component named 'notes'")
        .inFile(dao)
        .onLineContaining("fetch = Fetch.BATCH");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void optionalList() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes")
              List<Row> all();

              record Row(
                  Book book,
                  Optional<List<BookNote>> notes) {}
            }
            """);
    Compilation compilation = compile(dao);
    // A collection is empty when nothing matched, never absent.
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:component-type] component 'notes' is the alias of test.BookNote but has type"
                + " java.util.Optional<java.util.List<test.BookNote>>")
        .inFile(dao)
        .onLineContaining("Optional<List<BookNote>> notes");
    assertThat(compilation).hadErrorCount(1);
  }
}
