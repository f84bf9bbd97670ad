package dev.tenon.processor.diag;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;
import static dev.tenon.processor.diag.Sources.tenonMessages;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes inside conditions and expressions: {@code on}, {@code @Where}, {@code @OrderBy}, … */
class ConditionDiagnosticsTest {

  @Test
  void unknownPropertyInWhere() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @Where("book.nme = 'Dune'")
              List<Book> dune();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unknown-property] alias 'book' (Book) has no property 'nme'; did you mean"
                + " 'name'? (valid: id, name)")
        .inFile(dao)
        .onLineContaining("@Where(\"book.nme = 'Dune'\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unknownPropertyInTheOnOfTheSecondJoin() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "mine", on = "mine.userId = :userId")
              @LeftJoin(path = "book.notes", as = "theirs", on = "theirs.user = :coauthorId")
              List<Book> all(long userId, long coauthorId);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unknown-property] alias 'theirs' (BookNote) has no property 'user'; did you"
                + " mean 'userId'?")
        .inFile(dao)
        .onLineContaining("on = \"theirs.user = :coauthorId\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unknownPropertyInTheSecondOrderByItem() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @OrderBy({
                "book.name",
                "book.idd DESC"
              })
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:unknown-property] alias 'book' (Book) has no property 'idd'")
        .inFile(dao)
        .onLineContaining("\"book.idd DESC\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unknownAliasInACondition() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "usernote")
              @Where("usrnote.id IS NULL")
              List<Book> withoutNotes();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unknown-alias] no alias 'usrnote' is declared before this point; did you mean"
                + " 'usernote'?")
        .inFile(dao)
        .onLineContaining("@Where(\"usrnote.id IS NULL\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unqualifiedName() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "usernote")
              @Where("name = 'Dune'")
              List<Book> dune();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unqualified-name] 'name' is neither an aggregate's 'as' nor qualified by an"
                + " alias; write alias.name (aliases: book, usernote)")
        .inFile(dao)
        .onLineContaining("@Where(\"name = 'Dune'\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unqualifiedNameNearAnAggregate() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @Count(path = "book.notes", as = "noteCount")
              @OrderBy("noteCont DESC")
              List<Row> mostNoted();

              record Row(Book book, long noteCount) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unqualified-name] 'noteCont' is neither an aggregate's 'as' nor qualified by"
                + " an alias; write alias.noteCont (aliases: book); did you mean 'noteCount'?")
        .inFile(dao)
        .onLineContaining("@OrderBy(\"noteCont DESC\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void correlatedAggregateInWhere() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @Count(path = "book.notes", where = "notes.text = book.name", as = "echoes")
              @Where("echoes > 0")
              List<Row> echoed();

              record Row(Book book, long echoes) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:correlated-aggregate] aggregate 'echoes' names an outer alias in its"
                + " where/value, so it is a correlated subquery that would be computed again here")
        .inFile(dao)
        .onLineContaining("@Where(\"echoes > 0\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unknownFunction() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @Where("lowr(book.name) = :name")
              List<Book> named(String name);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unknown-function] function 'lowr' is not supported; did you mean 'lower'?"
                + " (valid: abs, coalesce, current_date, current_timestamp, escape_like, length, lower,"
                + " nullif, replace, substring, trim, upper)")
        .inFile(dao)
        .onLineContaining("@Where(\"lowr(book.name) = :name\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void functionWithTheWrongNumberOfArguments() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @OrderBy("upper(book.name, book.id)")
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:function-arity] function 'upper' takes 1 argument(s), not 2")
        .inFile(dao)
        .onLineContaining("@OrderBy(\"upper(book.name, book.id)\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void syntaxErrorInWhere() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @Where("book.name = :name AND")
              List<Book> named(String name);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:syntax] syntax error in @Where at position 22: expected an expression after"
                + " 'AND' but found end of text")
        .inFile(dao)
        .onLineContaining("@Where(\"book.name = :name AND\")");
    // The next lines show the condition with a caret under the end of the text.
    String message = tenonMessages(compilation, Diagnostic.Kind.ERROR).get(0);
    List<String> lines = message.lines().toList();
    assertThat(lines).hasSize(3);
    int start = lines.get(1).indexOf("book.name = :name AND");
    assertThat(start).isAtLeast(0);
    assertThat(lines.get(2)).isEqualTo(" ".repeat(start + 21) + "^");
    // One mistake, one error: the parameter the failed condition names is not also "unused".
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void syntaxErrorInOrderBy() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @OrderBy("book.name DESC NULLS")
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:syntax] syntax error in @OrderBy at position")
        .inFile(dao)
        .onLineContaining("@OrderBy(\"book.name DESC NULLS\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void syntaxErrorInExpr() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              List<Row> all();

              record Row(
                  Book book,
                  @Expr("book.name ||") String title) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:syntax] syntax error in @Expr at position")
        .inFile(dao)
        .onLineContaining("@Expr(\"book.name ||\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void whereThatIsNotACondition() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @Where("upper(book.name)")
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:not-a-condition] @Where must be a condition (true or false), but"
                + " 'upper(book.name)' is text")
        .inFile(dao)
        .onLineContaining("@Where(\"upper(book.name)\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void comparisonOfTextWithANumberParameter() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(
                  path = "book.notes",
                  as = "usernote",
                  on = "usernote.text = :userId")
              List<Row> all(long userId);

              record Row(Book book, @Nullable BookNote usernote) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:type-mismatch] in 'usernote.text = :userId': 'usernote.text' is text but"
                + " ':userId' is a number: = cannot compare them")
        .inFile(dao)
        .onLineContaining("on = \"usernote.text = :userId\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void exprOfAnotherTypeThanItsComponent() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              List<Row> all();

              record Row(
                  Book book,
                  @Expr("lower(book.name)") long title) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:expr-type] component 'title' has type long but its @Expr is text")
        .inFile(dao)
        .onLineContaining("@Expr(\"lower(book.name)\") long title");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void sumOfText() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @Aggregate(
                  function = AggregateFunction.SUM,
                  path = "book.notes",
                  value = "notes.text",
                  as = "total")
              List<Row> all();

              record Row(Book book, @Nullable Long total) {}
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:aggregate-value] SUM needs a number to aggregate, but the value is text")
        .inFile(dao)
        .onLineContaining("value = \"notes.text\"");
    // The aggregate is left out, so its component matches nothing either.
    assertThat(compilation)
        .hadErrorContaining("[tenon:unmatched-component] component 'total'")
        .inFile(dao)
        .onLineContaining("@Nullable Long total");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void orderByAConstant() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @OrderBy({"book.name", "2"})
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:order-by-constant] @OrderBy item '2' names no column: a number sorts by that"
                + " SELECT position and text is an error on PostgreSQL; sort by alias.property")
        .inFile(dao)
        .onLineContaining("@OrderBy({\"book.name\", \"2\"})");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void distinctSortedByAnAliasNotInTheResult() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class, distinct = true)
              @InnerJoin(path = "book.notes", on = "notes.userId = :userId")
              @OrderBy({"book.name", "notes.id"})
              List<Book> notedBy(long userId);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:distinct-order-by] with distinct = true the database can only sort by"
                + " selected columns, but alias 'notes' is not in the result")
        .inFile(dao)
        .onLineContaining("@OrderBy({\"book.name\", \"notes.id\"})");
    assertThat(compilation).hadErrorCount(1);
  }
}
