package dev.tenon.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;

import static com.google.common.truth.Truth.assertThat;
import static dev.tenon.processor.diag.Sources.tenonMessages;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, "diagnostics on the right element": one mistake gives one error, on the declaration
 * that is wrong, saying what the user most likely meant.
 */
class PreciseDiagnosticsTest {

  @Test
  void aSyntaxErrorInAnOnDoesNotAlsoReportItsParameterUnused() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = = :userId")
              List<Book> books(long userId);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:syntax] syntax error in 'on' at position 19")
        .inFile(dao)
        .onLineContaining("usernote.userId = = :userId");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anOnLeftUncheckedBecauseItsPathIsWrongStillUsesItsParameter() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = Book.class)
              @LeftJoin(path = "book.nots", as = "usernote", on = "usernote.userId = :userId")
              @Count(path = "book.notez", where = "notez.text = :text", as = "n")
              List<Book> books(long userId, String text);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:unknown-relation] Book (alias 'book') has no relation 'nots'")
        .inFile(dao)
        .onLineContaining("book.nots");
    assertThat(compilation)
        .hadErrorContaining("[tenon:unknown-relation] Book (alias 'book') has no relation 'notez'")
        .inFile(dao)
        .onLineContaining("book.notez");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aParameterNamedOnlyInsideQuotedTextIsStillUnused() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = Book.class)
              @Where("book.name = = ':name'")
              List<Book> books(String name);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation).hadErrorContaining("[tenon:syntax]");
    assertThat(compilation)
        .hadErrorContaining("[tenon:unused-parameter] parameter 'name' is not used")
        .inFile(dao)
        .onLineContaining("List<Book> books(String name);");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void aSubqueryInAConditionSaysThereAreNoneAndWhatToUse() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = Book.class)
              @Where("book.id IN (SELECT n.book_id FROM book_note n WHERE n.user_id = :userId)")
              List<Book> books(long userId);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:subquery] @Where contains a subquery at position 12, and subqueries are not"
                + " part of Tenon's condition language:")
        .inFile(dao)
        .onLineContaining("@Where(\"book.id IN (SELECT");
    assertThat(compilation).hadErrorCount(1);
    List<String> lines = tenonMessages(compilation, Diagnostic.Kind.ERROR).get(0).lines().toList();
    // javac indents a message's later lines; the caret stands under the '(' that starts the subquery.
    assertThat(lines.get(2).indexOf('^') - lines.get(1).indexOf("book.id")).isEqualTo(11);
    assertThat(lines.stream().map(String::strip).toList())
        .containsExactly(
            "[tenon:subquery] @Where contains a subquery at position 12, and subqueries are not"
                + " part of Tenon's condition language:",
            "book.id IN (SELECT n.book_id FROM book_note n WHERE n.user_id = :userId)",
            "^",
            "to test or count related rows, declare @Exists(path = \"alias.relation\","
                + " where = \"…\", as = \"name\") or @Count(…) on the method and name it in @Where"
                + " or @OrderBy; to filter by a related row, join it with @InnerJoin(path = …, on ="
                + " …)")
        .inOrder();
  }

  @Test
  void anExistsSubqueryInAnOnIsASubqueryToo() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", on = "EXISTS ( select 1 FROM user u WHERE u.id = notes.userId)")
              List<Book> books();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:subquery] 'on' contains a subquery at position 8")
        .inFile(dao)
        .onLineContaining("EXISTS ( select 1");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void selectInsideQuotedTextIsNoSubquery() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = Book.class)
              @Where("book.name IN ('(select)', = 'x')")
              List<Book> books();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation).hadErrorContaining("[tenon:syntax] syntax error in @Where at position 27");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aPathThroughAColumnSaysItIsAColumnAndListsTheRelations() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = BookNote.class, as = "note")
              @LeftJoin(path = "note.text")
              List<BookNote> notes();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unknown-relation] 'text' is a column of BookNote (alias 'note'), not a"
                + " relation: a path follows a relation to another entity (relations of BookNote:"
                + " book, user); to read the column, name note.text in a condition, @OrderBy or"
                + " @Expr")
        .inFile(dao)
        .onLineContaining("@LeftJoin(path = \"note.text\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anAggregatePathThroughAColumnSaysTheSame() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = AppUser.class, as = "author")
              @Count(path = "author.name", as = "n")
              List<Row> authors();

              record Row(AppUser author, long n) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unknown-relation] 'name' is a column of AppUser (alias 'author'), not a"
                + " relation: a path follows a relation to another entity (relations of AppUser:"
                + " notes)")
        .inFile(dao)
        .onLineContaining("@Count(path = \"author.name\"");
  }

  @Test
  void aDistinctQueryMaySortByASelectedExpression() {
    JavaFileObject dao =
        source(
            "test.Authors",
            """
            @Dao
            interface Authors {
              @Select(from = AppUser.class, as = "author", distinct = true)
              @InnerJoin(path = "author.notes", as = "note")
              @OrderBy({"author.name DESC", "LOWER(author.name)"})
              List<Name> names();

              record Name(@Expr("author.name") String name, @Expr("lower(author.name)") String low) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.TenonAuthors")
        .contentsAsUtf8String()
        .contains("ORDER BY author.name DESC, LOWER(author.name)");
  }

  @Test
  void aDistinctQuerySortedByAnExpressionItDoesNotSelectIsRefused() {
    JavaFileObject dao =
        source(
            "test.Authors",
            """
            @Dao
            interface Authors {
              @Select(from = AppUser.class, as = "author", distinct = true)
              @InnerJoin(path = "author.notes", as = "note")
              @OrderBy({"author.name", "upper(author.name)", "note.text"})
              List<Name> names();

              record Name(@Expr("author.name") String name) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:distinct-order-by] with distinct = true the database can only sort by what is"
                + " selected, but @OrderBy item 'upper(author.name)' is an expression the result"
                + " does not select; select it with an @Expr component of the same expression, or"
                + " sort by a selected alias.property")
        .inFile(dao)
        .onLineContaining("@OrderBy(");
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:distinct-order-by] with distinct = true the database can only sort by selected"
                + " columns, but alias 'note' is not in the result")
        .inFile(dao)
        .onLineContaining("@OrderBy(");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void anotherEntityAsTheRowIsAnErrorOnTheMethodNotInThatEntitysFile() {
    JavaFileObject dao =
        source(
            "test.Rows",
            """
            @Dao
            interface Rows {
              @Select(from = Book.class)
              List<AppUser> rows();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:return-type] this query selects Book rows (alias 'book'), but the method"
                + " returns test.AppUser, a different entity; return Book itself, or join AppUser"
                + " (@LeftJoin/@InnerJoin(path = \"book.<relation>\", as = \"appUser\")) and return"
                + " a row record whose components are named after aliases, e.g. record Row(Book"
                + " book, AppUser appUser)")
        .inFile(dao)
        .onLineContaining("List<AppUser> rows();");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anotherEntityAsTheRowNamesTheAliasThatJoinsIt() {
    JavaFileObject dao =
        source(
            "test.Rows",
            """
            @Dao
            interface Rows {
              @Select(from = BookNote.class, as = "note")
              @InnerJoin(path = "note.user", as = "writer")
              Optional<AppUser> writerOf();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:return-type] this query selects BookNote rows (alias 'note'), but the method"
                + " returns test.AppUser, a different entity; return BookNote itself, or return a"
                + " row record whose components are named after aliases, e.g. record Row(BookNote"
                + " note, AppUser writer)")
        .inFile(dao)
        .onLineContaining("Optional<AppUser> writerOf();");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aRowRecordDeclaredElsewhereIsReportedOnTheMethodThatUsesIt() {
    JavaFileObject row =
        source(
            "test.NoteRow",
            """
            public record NoteRow(
                Book book,
                @Nullable BookNote usernote,
                @Expr("book.nme") String title) {}
            """);
    JavaFileObject dao =
        source(
            "test.Rows",
            """
            @Dao
            interface Rows {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "usernote", on = "usernote.userId = :userId")
              List<NoteRow> fine(long userId);

              @Select(from = Book.class)
              List<NoteRow> withoutTheJoin();
            }
            """);
    Compilation compilation = compile(row, dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unmatched-component] component 'usernote' matches no alias and has no @Expr")
        .inFile(dao)
        .onLineContaining("List<NoteRow> withoutTheJoin();");
    assertThat(compilation)
        .hadErrorContaining(
            "(component 'usernote' of test.NoteRow, the row type of this method, declared outside"
                + " this DAO)")
        .inFile(dao)
        .onLineContaining("List<NoteRow> withoutTheJoin();");
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unknown-property] alias 'book' (Book) has no property 'nme'; did you mean"
                + " 'name'?")
        .inFile(dao)
        .onLineContaining("List<NoteRow> fine(long userId);");
    assertThat(compilation).hadErrorCount(3);
  }

  @Test
  void anInheritedMethodWithoutSelectIsReportedOnTheDao() {
    JavaFileObject dao =
        source(
            "test.Rows",
            """
            @Dao
            interface Rows extends AutoCloseable {
              @Select(from = Book.class)
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:missing-select] this @Dao interface inherits abstract method close() from"
                + " java.lang.AutoCloseable, which has no @Select (nor @Insert, @Update,"
                + " @Delete, @Upsert) and no body; Tenon cannot"
                + " implement it: give it a default body here, or do not extend"
                + " java.lang.AutoCloseable")
        .inFile(dao)
        .onLineContaining("@Dao");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aSyntaxErrorInAWritesWhereDoesNotAlsoReportItsParameterUnused() {
    JavaFileObject dao =
        source(
            "test.Removals",
            """
            @Dao
            interface Removals {
              @Delete(from = Book.class, where = "book.id = = :id")
              int remove(long id);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:syntax] syntax error in where at position 11")
        .inFile(dao)
        .onLineContaining("book.id = = :id");
    assertThat(compilation).hadErrorCount(1);
  }
}
