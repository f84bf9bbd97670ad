package dev.tenon.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in return types and row records. */
class ResultDiagnosticsTest {

  @Test
  void returnTypeThatIsNeitherEntityNorRecord() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              Map<Long, Book> byId();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:return-type] Tenon cannot return java.util.Map<java.lang.Long,test.Book>;"
                + " return List<R>, Optional<R> or R, where R is the root entity or a record")
        .inFile(dao)
        .onLineContaining("Map<Long, Book> byId();");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void listOfSomethingThatIsNotARecord() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              List<String> names();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:return-type] Tenon cannot return java.util.List<java.lang.String>")
        .inFile(dao)
        .onLineContaining("List<String> names();");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void componentThatMatchesNoAlias() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
              List<Row> all(long userId);

              record Row(
                  Book book,
                  @Nullable BookNote userNote) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unmatched-component] component 'userNote' matches no alias and has no @Expr;"
                + " did you mean 'usernote'?")
        .inFile(dao)
        .onLineContaining("@Nullable BookNote userNote");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void componentOfAnotherEntityThanItsAlias() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              List<Row> all();

              record Row(
                  AppUser book) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:component-type] component 'book' is the alias of test.Book but has type"
                + " test.AppUser")
        .inFile(dao)
        .onLineContaining("AppUser book");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void outerJoinedComponentWithoutNullable() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
              List<Row> all(long userId);

              record Row(
                  Book book,
                  BookNote usernote) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:nullable-required] component 'usernote' can be null: alias 'usernote' is"
                + " outer-joined and finds no row for some roots; annotate it @Nullable or make it"
                + " Optional<…>")
        .inFile(dao)
        .onLineContaining("BookNote usernote");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void primitiveExprOverAnOuterJoinedAlias() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
              List<Row> all(long userId);

              record Row(
                  Book book,
                  @Expr("usernote.id") long noteId) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:primitive-nullable] component 'noteId' reads a column of outer-joined alias"
                + " 'usernote', which can be NULL; use the boxed type and @Nullable, or"
                + " Optional<…>")
        .inFile(dao)
        .onLineContaining("long noteId");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void exprComponentOfAnUnsupportedType() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              List<Row> all();

              record Row(
                  @Expr("book.name") CharSequence title) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unsupported-type] component title has type java.lang.CharSequence, which"
                + " Tenon cannot bind or read")
        .inFile(dao)
        .onLineContaining("CharSequence title");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void countIntoAComponentOfTheWrongType() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @Count(path = "book.notes", as = "noteCount")
              List<Row> all();

              record Row(
                  Book book,
                  String noteCount) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:aggregate-type] component 'noteCount' receives a count (long or int) but has"
                + " type java.lang.String")
        .inFile(dao)
        .onLineContaining("String noteCount");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void maxIntoAPrimitiveComponent() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @Aggregate(
                  function = AggregateFunction.MAX,
                  path = "book.notes",
                  value = "notes.id",
                  as = "lastNoteId")
              List<Row> all();

              record Row(
                  Book book,
                  long lastNoteId) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:nullable-required] component 'lastNoteId' can be null: the aggregate is NULL"
                + " for a root without related rows; use a boxed type with @Nullable, or"
                + " Optional<…>")
        .inFile(dao)
        .onLineContaining("long lastNoteId");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void rowRecordWithoutComponents() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              List<Nothing> all();

              record Nothing() {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:return-type] Tenon cannot return java.util.List<test.Titles.Nothing>")
        .inFile(dao)
        .onLineContaining("List<Nothing> all();");
    assertThat(compilation).hadErrorCount(1);
  }
}
