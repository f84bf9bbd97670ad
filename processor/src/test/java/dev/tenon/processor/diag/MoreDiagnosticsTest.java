package dev.tenon.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes found after the first corpus: each one reported on its line. */
class MoreDiagnosticsTest {

  @Test
  void emptyColumnName() {
    JavaFileObject entity =
        source(
            "test.Tag",
            """
            @Table("tag")
            public record Tag(@Id long id, @Column("") String label) {}
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining("[tenon:empty-column] @Column on Tag.label names no column")
        .inFile(entity)
        .onLineContaining("@Column(\"\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void nullExpressionIntoAPrimitive() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              List<Row> all();

              record Row(@Expr("NULL") long nothing) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:primitive-nullable] component 'nothing' is primitive but its @Expr can be NULL")
        .inFile(dao)
        .onLineContaining("record Row(@Expr(\"NULL\") long nothing)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aggregateNamedLikeAKeyword() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @Count(path = "book.notes", as = "last")
              List<Row> all();

              record Row(Book book, long last) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:bad-alias] alias 'last' is not an identifier")
        .inFile(dao)
        .onLineContaining("as = \"last\"");
  }

  @Test
  void batchOnAToOneJoin() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = BookNote.class)
              @LeftJoin(path = "bookNote.book", as = "book", fetch = Fetch.BATCH)
              List<Row> all();

              record Row(BookNote bookNote, @Nullable Book book) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:batch-path] Fetch.BATCH loads collections, but 'book' joins a to-one relation")
        .inFile(dao)
        .onLineContaining("fetch = Fetch.BATCH");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aPrimitiveClassIsNamedAsWritten() {
    JavaFileObject dao =
        source(
            "test.Numbers",
            """
            @Dao
            interface Numbers {
              @Select(from = int.class)
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:not-an-entity] int.class is used as @Select(from = …) but is not an entity")
        .inFile(dao)
        .onLineContaining("@Select(from = int.class)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aNestedInnerJoinsOnMayNotNameAliasesOutsideItsNest() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "note")
              @InnerJoin(path = "note.user", as = "writer", on = "writer.name = book.name")
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:nested-join-on] inner join 'writer' hangs under outer join 'note', so it is"
                + " written inside it, where 'book' is not visible")
        .inFile(dao)
        .onLineContaining("on = \"writer.name = book.name\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aToOneJoinInsideACollectionElementIsNotATrap() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes")
              @InnerJoin(path = "notes.user", as = "writer")
              List<Row> all();

              record Row(Book book, List<Authored> notes) {}

              record Authored(BookNote notes, AppUser writer) {}
            }
            """);
    assertThat(compile(dao)).succeededWithoutWarnings();
  }

  @Test
  void batchForANestedCollection() {
    JavaFileObject dao =
        source(
            "test.Users",
            """
            @Dao
            interface Users {
              @Select(from = AppUser.class)
              @LeftJoin(path = "appUser.notes", as = "notes")
              @LeftJoin(path = "notes.book", as = "book")
              @LeftJoin(path = "book.notes", as = "others", fetch = Fetch.BATCH)
              List<Row> all();

              record Row(AppUser appUser, List<NoteRow> notes) {}

              record NoteRow(BookNote notes, List<BookNote> others) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:batch-path] Fetch.BATCH is supported for collections of the row itself, not"
                + " nested ones ('others')")
        .inFile(dao)
        .onLineContaining("as = \"others\", fetch = Fetch.BATCH");
    assertThat(compilation).hadErrorCount(1);
  }
}
