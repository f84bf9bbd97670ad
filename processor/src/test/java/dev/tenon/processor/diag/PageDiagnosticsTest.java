package dev.tenon.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code Page<R>} needs a page to cut. */
class PageDiagnosticsTest {

  @Test
  void aPageWithoutLimitIsAnError() {
    JavaFileObject dao =
        source(
            "test.Listing",
            """
            @Dao
            interface Listing {
              @Select(from = Book.class)
              @OrderBy("book.id")
              Page<Book> books(@Offset int offset);
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:page-without-limit] method 'books' returns Page<…> but has no @Limit"
                + " parameter, so there is no page to cut; add an int or long parameter annotated"
                + " @Limit (and @Offset), or return List<…>")
        .inFile(dao)
        .onLineContaining("Page<Book> books(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aPageWithLimitCompiles() {
    JavaFileObject dao =
        source(
            "test.Listing",
            """
            @Dao
            interface Listing {
              @Select(from = Book.class)
              @OrderBy("book.id")
              Page<Book> books(@Limit int limit, @Offset int offset);
            }
            """);
    assertThat(compile(dao)).succeededWithoutWarnings();
  }
}
