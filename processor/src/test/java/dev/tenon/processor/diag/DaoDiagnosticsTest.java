package dev.tenon.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in {@code @Dao} interfaces, their joins, aliases and parameters. */
class DaoDiagnosticsTest {

  @Test
  void daoOnAClass() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao(dialect = Dialect.H2)
            abstract class Titles {
              @Select(from = Book.class)
              abstract List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:dao-not-interface] @Dao must annotate an interface, but test.Titles is not one")
        .inFile(dao)
        .onLineContaining("@Dao(dialect = Dialect.H2)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void privateDao() {
    JavaFileObject dao =
        source(
            "test.Library",
            """
            class Library {
              @Dao
              private interface Titles {
                @Select(from = Book.class)
                List<Book> all();
              }
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:private-type] test.Library.Titles is private, or nested in a private type, so"
                + " the generated DAO cannot use it; make it package-private or public")
        .inFile(dao)
        .onLineContaining("@Dao");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void methodWithoutSelect() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              List<Book> all();

              List<Book> forgotten();

              default List<Book> allTwice() {
                return all();
              }
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:missing-select] method forgotten of a @Dao interface has no @Select; annotate"
                + " it, or give it a default body")
        .inFile(dao)
        .onLineContaining("List<Book> forgotten();");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void rootAliasThatIsNotAnIdentifier() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(
                  from = Book.class,
                  as = "1st")
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:bad-alias] alias '1st' is not an identifier: use letters, digits and '_',"
                + " starting with a letter")
        .inFile(dao)
        .onLineContaining("as = \"1st\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void joinAliasThatIsNotAnIdentifier() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "my note")
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:bad-alias] alias 'my note' is not an identifier")
        .inFile(dao)
        .onLineContaining("as = \"my note\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void relationNameThatIsNotAnIdentifier() {
    JavaFileObject entity =
        source(
            "test.Loan",
            """
            @Table
            @Relation(
                name = "the-book",
                target = Book.class,
                on = "bookId = id")
            record Loan(@Id long id, long bookId) {}
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining("[tenon:bad-alias] alias 'the-book' is not an identifier")
        .inFile(entity)
        .onLineContaining("name = \"the-book\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aliasDeclaredTwice() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "note", on = "note.userId = :userId")
              @LeftJoin(path = "book.notes", as = "note", on = "note.userId = :coauthorId")
              List<Book> all(long userId, long coauthorId);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:duplicate-alias] alias 'note' is declared twice: one alias is one join, so give"
                + " the second join its own 'as'")
        .inFile(dao)
        .onLineContaining(":coauthorId\")");
    // One mistake, one error: the second join's 'on' still names coauthorId, so it is not
    // reported as unused as well.
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void joinAliasThatRepeatsTheRootAlias() {
    JavaFileObject dao =
        source(
            "test.Notes",
            """
            @Dao
            interface Notes {
              @Select(from = BookNote.class)
              @InnerJoin(path = "bookNote.book", as = "bookNote")
              List<BookNote> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:duplicate-alias] alias 'bookNote' is declared twice")
        .inFile(dao)
        .onLineContaining("as = \"bookNote\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void pathWithoutAlias() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "notes")
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:bad-path] path 'notes' must read 'alias.relation', e.g. 'book.notes'")
        .inFile(dao)
        .onLineContaining("path = \"notes\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void pathFromAnUnknownAlias() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "bok.notes")
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unknown-alias] no alias 'bok' is declared before this point; did you mean"
                + " 'book'? (valid: book)")
        .inFile(dao)
        .onLineContaining("path = \"bok.notes\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void pathAlongAnUnknownRelation() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.nots")
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unknown-relation] Book (alias 'book') has no relation 'nots'; did you mean"
                + " 'notes'? (valid: notes)")
        .inFile(dao)
        .onLineContaining("path = \"book.nots\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unknownRelationInTheSecondOfTwoJoins() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @LeftJoin(path = "book.notes", as = "mine", on = "mine.userId = :userId")
              @LeftJoin(path = "book.nots", as = "theirs")
              List<Book> all(long userId);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:unknown-relation] Book (alias 'book') has no relation 'nots'")
        .inFile(dao)
        .onLineContaining("path = \"book.nots\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void conditionNamingAnUnknownParameter() {
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
                  on = "usernote.userId = :usrId")
              List<Book> all(long userId);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unknown-parameter] ':usrId' names no parameter of this method; did you mean"
                + " 'userId'? (valid: userId)")
        .inFile(dao)
        .onLineContaining("on = \"usernote.userId = :usrId\"");
    assertThat(compilation)
        .hadErrorContaining("[tenon:unused-parameter]")
        .inFile(dao)
        .onLineContaining("List<Book> all(long userId);");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void pagingParametersAreNotConditionParameters() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @Where("book.id > :limit")
              List<Book> page(@Limit int limit);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unknown-parameter] ':limit' names no parameter of this method; there are none")
        .inFile(dao)
        .onLineContaining("@Where(\"book.id > :limit\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unusedParameter() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @Where("book.name = :name")
              List<Book> named(
                  String name,
                  long userId);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unused-parameter] parameter 'userId' is not used: refer to it as ':userId' in"
                + " a condition, or remove it")
        .inFile(dao)
        .onLineContaining("long userId");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void parameterOfAnUnsupportedType() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @Where("book.name = :name")
              List<Book> named(
                  StringBuilder name);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unsupported-type] parameter name has type java.lang.StringBuilder, which Tenon"
                + " cannot bind or read")
        .inFile(dao)
        .onLineContaining("StringBuilder name");
    // The parameter is left out, so ':name' names no parameter either.
    assertThat(compilation)
        .hadErrorContaining("[tenon:unknown-parameter] ':name'")
        .inFile(dao)
        .onLineContaining("@Where(\"book.name = :name\")");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void collectionParameterOutsideIn() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @Where("book.id = :ids")
              List<Book> byIds(Collection<Long> ids);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:collection-parameter] collection parameter ':ids' can only stand alone in"
                + " 'x IN (:ids)'")
        .inFile(dao)
        .onLineContaining("@Where(\"book.id = :ids\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void collectionParameterWithOtherItemsInIn() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              @Where("book.id IN (:ids, 7)")
              List<Book> byIds(Set<Long> ids);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:collection-parameter] collection parameter ':ids'")
        .inFile(dao)
        .onLineContaining("@Where(\"book.id IN (:ids, 7)\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void limitOfTheWrongType() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              List<Book> page(
                  @Limit String limit);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:paging-type] @Limit parameter must be int or long, not java.lang.String")
        .inFile(dao)
        .onLineContaining("@Limit String limit");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoOffsets() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = Book.class)
              List<Book> page(
                  @Offset int offset,
                  @Offset long skip);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:paging-type] only one parameter may be @Offset")
        .inFile(dao)
        .onLineContaining("@Offset long skip");
    assertThat(compilation).hadErrorCount(1);
  }
}
