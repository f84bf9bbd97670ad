package dev.tenon.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in {@code @Table} entities, {@code @ForeignKey} and {@code @Relation}. */
class EntityDiagnosticsTest {

  @Test
  void selectFromATypeThatIsNotAnEntity() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            interface Titles {
              @Select(from = String.class)
              List<String> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:not-an-entity] java.lang.String is used as @Select(from = …) but is not an"
                + " entity: annotate it @Table")
        .inFile(dao)
        .onLineContaining("@Select(from = String.class)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void foreignKeyToATypeThatIsNotAnEntity() {
    JavaFileObject entity =
        source(
            "test.Loan",
            """
            @Table
            record Loan(
                @Id long id,
                @ForeignKey(Object.class) long bookId) {}
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:not-an-entity] java.lang.Object is used as @ForeignKey target but is not an"
                + " entity")
        .inFile(entity)
        .onLineContaining("@ForeignKey(Object.class)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void relationToATypeThatIsNotAnEntity() {
    JavaFileObject entity =
        source(
            "test.Loan",
            """
            @Table
            @Relation(
                name = "book",
                target = Runnable.class,
                on = "bookId = id")
            record Loan(@Id long id, long bookId) {}
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:not-an-entity] java.lang.Runnable is used as @Relation target but is not an"
                + " entity")
        .inFile(entity)
        .onLineContaining("target = Runnable.class");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void daoRelationFromATypeThatIsNotAnEntity() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            @Relation(
                name = "sameName",
                from = String.class,
                target = Book.class,
                on = "name = name")
            interface Titles {
              @Select(from = Book.class)
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:not-an-entity] java.lang.String is used as @Relation(from = …) but is not an"
                + " entity")
        .inFile(dao)
        .onLineContaining("from = String.class");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void entityThatIsNeitherARecordNorAClassWithOneConstructor() {
    JavaFileObject entity =
        source(
            "test.Loan",
            """
            @Table
            class Loan {
              public Loan(long id) {}
              public Loan() {}
            }
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:entity-shape] test.Loan must be a record, or a class with exactly one public"
                + " constructor taking every column")
        .inFile(entity)
        .onLineContaining("class Loan {");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void entityNestedInAPrivateClass() {
    JavaFileObject entity =
        source(
            "test.Library",
            """
            class Library {
              private static class Shelves {
                @Table("loan")
                record Loan(@Id long id) {}
              }

              @Dao
              interface Loans {
                @Select(from = Shelves.Loan.class)
                List<Shelves.Loan> all();
              }
            }
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:private-type] test.Library.Shelves.Loan is private, or nested in a private"
                + " type, so the generated DAO cannot use it")
        .inFile(entity)
        .onLineContaining("@Table(\"loan\")");
    // The DAO is not written (its class would not compile), and not blamed either.
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void entityWithoutId() {
    JavaFileObject entity =
        source(
            "test.Loan",
            """
            @Table
            record Loan(long id, long bookId) {}
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:missing-id] test.Loan has no @Id component: mark its primary key with @Id")
        .inFile(entity)
        .onLineContaining("record Loan(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void columnOfAnUnsupportedType() {
    JavaFileObject entity =
        source(
            "test.Loan",
            """
            @Table
            record Loan(
                @Id long id,
                java.util.Date lentOn) {}
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unsupported-type] column Loan.lentOn has type java.util.Date, which Tenon"
                + " cannot bind or read; use a primitive or its box, String, BigDecimal")
        .inFile(entity)
        .onLineContaining("java.util.Date lentOn");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void columnOfAnUnsupportedTypeInAClassEntity() {
    JavaFileObject entity =
        source(
            "test.Loan",
            """
            @Table
            class Loan {
              public Loan(
                  @Id long id,
                  Object payload) {}
            }
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unsupported-type] column Loan.payload has type java.lang.Object")
        .inFile(entity)
        .onLineContaining("Object payload");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoComponentsOnOneColumn() {
    JavaFileObject entity =
        source(
            "test.Loan",
            """
            @Table
            record Loan(
                @Id long id,
                String note,
                @Column("note") String remark) {}
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:duplicate-column] Loan maps both 'note' and 'remark' to column 'note': give"
                + " one of them another @Column")
        .inFile(entity)
        .onLineContaining("@Column(\"note\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void foreignKeyToAnEntityWithACompositeKey() {
    JavaFileObject entity =
        source(
            "test.Loan",
            """
            @Table
            record Loan(
                @Id long id,
                @ForeignKey(Shelf.class) long shelfId) {}
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:foreign-key-target] @ForeignKey needs a target with exactly one @Id, but Shelf"
                + " has 2; declare a @Relation with every key column instead")
        .inFile(entity)
        .onLineContaining("@ForeignKey(Shelf.class)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoForeignKeysGiveTheTargetTwoRelationsOfTheSameName() {
    JavaFileObject entity =
        source(
            "test.Loan",
            """
            @Table
            record Loan(
                @Id long id,
                @ForeignKey(Book.class) long bookId,
                @ForeignKey(value = Book.class, name = "sequel") long sequelId) {}
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:duplicate-relation] Book has two relations named 'loan': give one another name"
                + " (@ForeignKey(name/related = …) or @Relation(name = …))")
        .inFile(entity)
        .onLineContaining("name = \"sequel\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void daoRelationNamedLikeAnEntityRelation() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            @Relation(
                from = Book.class,
                name = "notes",
                target = BookNote.class,
                on = "id = bookId")
            interface Titles {
              @Select(from = Book.class)
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining("[tenon:duplicate-relation] Book has two relations named 'notes'")
        .inFile(dao)
        .onLineContaining("name = \"notes\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void relationKeyThatIsNotAPair() {
    JavaFileObject entity =
        source(
            "test.Loan",
            """
            @Table
            @Relation(
                name = "book",
                target = Book.class,
                on = {"bookId = id", "bookId"})
            record Loan(@Id long id, long bookId) {}
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:relation-key] relation key 'bookId' must read 'localProperty = targetProperty'")
        .inFile(entity)
        .onLineContaining("on = {\"bookId = id\", \"bookId\"}");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void relationWithoutKeys() {
    JavaFileObject entity =
        source(
            "test.Loan",
            """
            @Table
            @Relation(
                name = "book",
                target = Book.class,
                on = {})
            record Loan(@Id long id, long bookId) {}
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:relation-key] relation key '' must read 'localProperty = targetProperty'")
        .inFile(entity)
        .onLineContaining("on = {})");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void relationKeyNamingAnUnknownProperty() {
    JavaFileObject entity =
        source(
            "test.Loan",
            """
            @Table
            @Relation(
                name = "book",
                target = Book.class,
                on = "bokId = id")
            record Loan(@Id long id, long bookId) {}
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unknown-property] Loan has no property 'bokId'; did you mean 'bookId'?"
                + " (valid: bookId, id)")
        .inFile(entity)
        .onLineContaining("on = \"bokId = id\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void relationKeyComparingIncomparableTypes() {
    JavaFileObject entity =
        source(
            "test.Loan",
            """
            @Table
            @Relation(
                name = "book",
                target = Book.class,
                on = "title = id")
            record Loan(@Id long id, String title) {}
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:relation-key-type] relation key compares Loan.title (STRING) with Book.id"
                + " (LONG); the two sides must have comparable types")
        .inFile(entity)
        .onLineContaining("on = \"title = id\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void daoRelationWithoutFrom() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            @Relation(
                name = "sameName",
                target = Book.class,
                on = "name = name")
            interface Titles {
              @Select(from = Book.class)
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:relation-from] @Relation on a @Dao interface must say which entity it starts"
                + " from: add from = X.class")
        .inFile(dao)
        .onLineContaining("@Relation(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void foreignKeyOfAnotherTypeThanTheTargetId() {
    JavaFileObject entity =
        source(
            "test.Loan",
            """
            @Table
            record Loan(
                @Id long id,
                @ForeignKey(Book.class) String bookId) {}
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:relation-key-type] relation key compares Loan.bookId (STRING) with Book.id"
                + " (LONG); the two sides must have comparable types")
        .inFile(entity)
        .onLineContaining("@ForeignKey(Book.class) String bookId");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void foreignKeyRelatedNameThatIsNotAnIdentifier() {
    JavaFileObject entity =
        source(
            "test.Loan",
            """
            @Table
            record Loan(
                @Id long id,
                @ForeignKey(
                    value = Book.class,
                    related = "my loans")
                long bookId) {}
            """);
    Compilation compilation = compile(entity);
    assertThat(compilation)
        .hadErrorContaining("[tenon:bad-alias] alias 'my loans' is not an identifier")
        .inFile(entity)
        .onLineContaining("related = \"my loans\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void wrongKeyInTheSecondOfTwoDaoRelations() {
    JavaFileObject dao =
        source(
            "test.Titles",
            """
            @Dao
            @Relation(from = Book.class, name = "sameName", target = Book.class, on = "name = name")
            @Relation(
                from = BookNote.class,
                name = "sameText",
                target = BookNote.class,
                on = {
                  "text = text",
                  "bookId = bokId"
                })
            interface Titles {
              @Select(from = Book.class)
              List<Book> all();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:unknown-property] BookNote has no property 'bokId'; did you mean 'bookId'?")
        .inFile(dao)
        .onLineContaining("\"bookId = bokId\"");
    assertThat(compilation).hadErrorCount(1);
  }
}
