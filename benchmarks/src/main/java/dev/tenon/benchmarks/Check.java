package dev.tenon.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * Before any timing: all five contenders must return equal results on a few keys, including a book
 * without notes (every tenth) and one the user did not note. A benchmark of a wrong answer is
 * worthless, so a mismatch stops the run.
 */
final class Check {
  private Check() {}

  static void sameAnswers(PerCallBenchmark bench) throws SQLException {
    BenchQueries tenon = bench.tenon();
    JdbiSqlObject sqlObject = bench.sqlObject();
    DSLContext jooq = bench.jooq();
    Connection connection = bench.handle().getConnection();
    // Book 1 has a note by user 3 and none by user 4; book 10 has no notes at all.
    for (long book : new long[] {1, 10, 1_899}) {
      for (long user : new long[] {3, 4}) {
        same(
            "lookup",
            tenon.lookup(user, book),
            HandJdbc.lookup(connection, user, book),
            JdbiFluent.lookup(bench.handle(), user, book),
            sqlObject.lookup(user, book),
            Jooq.lookup(jooq, user, book));
      }
      long after = book - 1;
      same(
          "page",
          tenon.page(3, after, PerCallBenchmark.PAGE),
          HandJdbc.page(connection, 3, after, PerCallBenchmark.PAGE),
          JdbiFluent.page(bench.handle(), 3, after, PerCallBenchmark.PAGE),
          sqlObject.page(3, after, PerCallBenchmark.PAGE),
          Jooq.page(jooq, 3, after, PerCallBenchmark.PAGE));
      same(
          "folded",
          tenon.withNotes(after, after + 50),
          HandJdbc.withNotes(connection, after, after + 50),
          JdbiFluent.withNotes(bench.handle(), after, after + 50),
          sqlObject.withNotes(after, after + 50),
          Jooq.withNotes(jooq, after, after + 50));
      same(
          "count",
          tenon.savedCounts(7, after, after + 100),
          HandJdbc.savedCounts(connection, 7, after, after + 100),
          JdbiFluent.savedCounts(bench.handle(), 7, after, after + 100),
          sqlObject.savedCounts(7, after, after + 100),
          Jooq.savedCounts(jooq, 7, after, after + 100));
    }
    // The logged DAO takes JDBI's pipeline: same answers, and the logger sees every statement.
    BenchQueries logged = bench.tenonLogged();
    long seen = bench.logged;
    same("logged lookup", logged.lookup(3, 1), tenon.lookup(3, 1));
    same("logged page", logged.page(3, 0, PerCallBenchmark.PAGE), tenon.page(3, 0, PerCallBenchmark.PAGE));
    same("logged folded", logged.withNotes(0, 50), tenon.withNotes(0, 50));
    same("logged count", logged.savedCounts(7, 0, 100), tenon.savedCounts(7, 0, 100));
    if (bench.logged != seen + 4) {
      throw new IllegalStateException("the logger saw " + (bench.logged - seen) + " of 4 statements");
    }
    if (tenon.lookup(4, 1).usernote() != null || tenon.lookup(3, 1).usernote() == null
        || tenon.withNotes(9, 10).get(0).notes().size() != 0
        || tenon.savedCounts(7, 0, 2_000).stream().mapToLong(r -> r.saved()).sum() == 0) {
      throw new IllegalStateException("the data lacks the cases the check relies on");
    }
  }

  private static void same(String scenario, Object logged, Object tenon) {
    if (!Objects.equals(logged, tenon)) {
      throw new IllegalStateException(
          scenario + ": differs from the plain path\n logged " + logged + "\n tenon  " + tenon);
    }
  }

  private static void same(
      String scenario, Object tenon, Object jdbc, Object fluent, Object sqlObject, Object jooq) {
    if (tenon instanceof List<?> list && list.isEmpty()) {
      throw new IllegalStateException(scenario + ": empty result, the check proves nothing");
    }
    if (!Objects.equals(tenon, jdbc) || !Objects.equals(tenon, fluent)
        || !Objects.equals(tenon, sqlObject) || !Objects.equals(tenon, jooq)) {
      throw new IllegalStateException(
          scenario + ": contenders disagree\n tenon  " + tenon + "\n jdbc   " + jdbc
              + "\n fluent " + fluent + "\n sqlobj " + sqlObject + "\n jooq   " + jooq);
    }
  }
}
