package dev.tenon.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Converters named by {@code @Convert} or {@code @Dao(converters)} that cannot serve. */
class ConverterDiagnosticsTest {
  private static final JavaFileObject CONVERTERS =
      source(
          "test.Converters",
          """
          public final class Converters {
            public static final class YearColumns implements ColumnConverter<java.time.Year, Integer> {
              public Integer toColumn(java.time.Year value) { return value.getValue(); }
              public java.time.Year fromColumn(Integer value) { return java.time.Year.of(value); }
            }
            public static final class Opaque implements ColumnConverter<java.time.Year, Object> {
              public Object toColumn(java.time.Year value) { return value; }
              public java.time.Year fromColumn(Object value) { return (java.time.Year) value; }
            }
            public static final class NoDefault implements ColumnConverter<java.time.Year, Integer> {
              public NoDefault(int base) {}
              public Integer toColumn(java.time.Year value) { return value.getValue(); }
              public java.time.Year fromColumn(Integer value) { return java.time.Year.of(value); }
            }
          }
          """);

  private static void onlyError(JavaFileObject file, String message, String line, JavaFileObject... more) {
    JavaFileObject[] all = new JavaFileObject[more.length + 2];
    all[0] = CONVERTERS;
    all[1] = file;
    System.arraycopy(more, 0, all, 2, more.length);
    Compilation compilation = compile(all);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aConverterOfAnotherType() {
    JavaFileObject entity =
        source(
            "test.Loan",
            "@Table(\"loan\")\npublic record Loan(@Id long id,\n"
                + "    @Convert(Converters.YearColumns.class) java.time.LocalDate due) {}\n");
    onlyError(
        entity,
        "[tenon:converter] @Convert on Loan.due cannot be used: test.Converters.YearColumns converts"
            + " java.time.Year, not java.time.LocalDate",
        "java.time.LocalDate due");
  }

  @Test
  void aConverterToAnUnsupportedColumnType() {
    JavaFileObject entity =
        source(
            "test.Edition",
            "@Table(\"edition\")\npublic record Edition(@Id long id,\n"
                + "    @Convert(Converters.Opaque.class) java.time.Year year) {}\n");
    onlyError(
        entity,
        "[tenon:converter] @Convert on Edition.year cannot be used: test.Converters.Opaque stores"
            + " java.time.Year as java.lang.Object, which Tenon does not bind itself",
        "java.time.Year year");
  }

  @Test
  void aConverterWithoutANoArgumentConstructor() {
    JavaFileObject dao =
        source(
            "test.Editions",
            """
            @Dao
            interface Editions {
              @Select(from = Book.class)
              @Where("book.id = :year")
              List<Book> of(@Convert(Converters.NoDefault.class) java.time.Year year);
            }
            """);
    Compilation compilation = compile(CONVERTERS, dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:converter] @Convert on parameter year cannot be used: test.Converters.NoDefault"
                + " needs a no-argument constructor")
        .inFile(dao)
        .onLineContaining("java.time.Year year");
    // As for an unsupported type, the parameter is left out, so ':year' names no parameter either.
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void anUnsupportedTypeSaysWhichConverterWouldStoreIt() {
    JavaFileObject dao =
        source(
            "test.Editions",
            """
            @Dao
            interface Editions {
              @Select(from = Book.class)
              @Where("book.id = :year")
              List<Book> of(java.time.Year year);
            }
            """);
    Compilation compilation = compile(CONVERTERS, dao);
    assertThat(compilation)
        .hadErrorContaining(
            "store it through a converter: @Convert(YourConverter.class) naming a"
                + " ColumnConverter<java.time.Year, C>")
        .inFile(dao)
        .onLineContaining("java.time.Year year");
  }

  @Test
  void aDaoListedConverterStoresTheParameter() {
    JavaFileObject dao =
        source(
            "test.Editions",
            """
            @Dao(converters = Converters.YearColumns.class)
            interface Editions {
              @Select(from = Book.class)
              @Where("book.id = :year")
              List<Book> of(java.time.Year year);
            }
            """);
    Compilation compilation = compile(CONVERTERS, dao);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void twoConvertersNamedAlike() {
    JavaFileObject other =
        source(
            "test.Other",
            """
            public final class Other {
              public static final class YearColumns implements ColumnConverter<java.time.Year, String> {
                public String toColumn(java.time.Year value) { return value.toString(); }
                public java.time.Year fromColumn(String value) { return java.time.Year.parse(value); }
              }
            }
            """);
    JavaFileObject dao =
        source(
            "test.Editions",
            """
            @Dao
            interface Editions {
              @Select(from = Book.class)
              @Where("book.id = :a OR book.name = :b")
              List<Book> of(@Convert(Converters.YearColumns.class) java.time.Year a,
                  @Convert(Other.YearColumns.class) java.time.Year b);
            }
            """);
    onlyError(
        dao,
        "[tenon:converter] two converters of this DAO, test.Converters.YearColumns and"
            + " test.Other.YearColumns, would share the constant YEAR_COLUMNS_CONVERTER",
        "@Dao",
        other);
  }
}
