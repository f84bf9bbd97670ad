package dev.tenon.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.diag.Sources.compile;
import static dev.tenon.processor.diag.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Locks that cannot be kept: on a DAO pinned to SQLite, and on DISTINCT rows. */
class LockDiagnosticsTest {

  @Test
  void aLockOnADaoPinnedToSqliteIsAnError() {
    JavaFileObject dao =
        source(
            "test.Claims",
            """
            @Dao(dialect = Dialect.SQLITE)
            interface Claims {
              @Select(from = Book.class, lock = Lock.FOR_UPDATE_SKIP_LOCKED)
              List<Book> claim();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:lock-unsupported] lock = Lock.FOR_UPDATE_SKIP_LOCKED cannot be kept on SQLITE,"
                + " which has no row locks (it locks the whole database per transaction); remove"
                + " the lock, or use Dialect.AUTO, where the SQLITE statement runs without a lock"
                + " clause")
        .inFile(dao)
        .onLineContaining("lock = Lock.FOR_UPDATE_SKIP_LOCKED");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void withAutoTheSameLockCompiles() {
    JavaFileObject dao =
        source(
            "test.Claims",
            """
            @Dao
            interface Claims {
              @Select(from = Book.class, lock = Lock.FOR_UPDATE_SKIP_LOCKED)
              List<Book> claim();
            }
            """);
    assertThat(compile(dao)).succeededWithoutWarnings();
  }

  @Test
  void aLockOnDistinctRowsIsAnError() {
    JavaFileObject dao =
        source(
            "test.Claims",
            """
            @Dao
            interface Claims {
              @Select(from = Book.class, distinct = true,
                  lock = Lock.FOR_SHARE)
              List<Book> claim();
            }
            """);
    Compilation compilation = compile(dao);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:lock-distinct] lock = Lock.FOR_SHARE cannot lock DISTINCT rows, which belong"
                + " to no one table row; remove distinct = true or the lock")
        .inFile(dao)
        .onLineContaining("lock = Lock.FOR_SHARE");
    assertThat(compilation).hadErrorCount(1);
  }
}
