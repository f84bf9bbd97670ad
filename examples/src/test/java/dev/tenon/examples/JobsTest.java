package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tenon.examples.model.Job;
import dev.tenon.examples.testing.OnEachDatabase;
import dev.tenon.examples.testing.TestDatabase;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Two workers claim jobs at the same time, each in its own open transaction on its own
 * connection. Every transaction is rolled back, so the shared sample stays as loaded. A worker
 * that would wait for a lock gives up after a short lock timeout set on its session, which shows
 * the lock is held without hanging the test.
 *
 * <p>Expected answers, as checked by hand in two psql / mariadb sessions: {@code BEGIN; SELECT id
 * FROM job WHERE state = 'queued' ORDER BY id LIMIT 2 FOR UPDATE SKIP LOCKED} gives 1, 2 in the
 * first and 4, 5 in the second.
 */
class JobsTest {

  private static List<Long> ids(List<Job> jobs) {
    return jobs.stream().map(Job::id).toList();
  }

  /** Makes a waiting lock fail fast (about a quarter second) on this session. */
  private static void shortLockTimeout(TestDatabase database, Handle handle) {
    switch (database) {
      case POSTGRES -> handle.execute("SET lock_timeout = '250ms'");
      case MARIADB -> handle.execute("SET SESSION innodb_lock_wait_timeout = 1");
      case H2 -> handle.execute("SET LOCK_TIMEOUT 250");
      case SQLITE -> { }
    }
  }

  @OnEachDatabase
  void twoWorkersClaimDifferentJobs(TestDatabase database) {
    try (Handle first = database.jdbi().open();
        Handle second = database.jdbi().open()) {
      first.begin();
      second.begin();
      try {
        List<Job> mine = first.attach(Jobs.class).claim(2);
        List<Job> theirs = second.attach(Jobs.class).claim(2);

        assertEquals(List.of(1L, 2L), ids(mine));
        if (database == TestDatabase.SQLITE) {
          // No row locks: the SQLite statement has no lock clause, and both read the same rows.
          assertEquals(List.of(1L, 2L), ids(theirs));
        } else {
          assertEquals(List.of(4L, 5L), ids(theirs), "jobs 1 and 2 are held, 3 is done");
          assertEquals(
              List.of(1L, 2L, 6L),
              ids(first.attach(Jobs.class).claim(5)),
              "a worker's own locks do not hide its jobs from it; the other's do");
        }
      } finally {
        first.rollback();
        second.rollback();
      }
    }
  }

  @OnEachDatabase
  void aLockedJobMakesOthersWaitUntilItIsReleased(TestDatabase database) {
    if (database == TestDatabase.SQLITE) {
      return; // no row locks, see twoWorkersClaimDifferentJobs
    }
    try (Handle first = database.jdbi().open();
        Handle second = database.jdbi().open()) {
      shortLockTimeout(database, second);
      first.begin();
      second.begin();
      try {
        assertEquals(
            List.of(new Job(1, "queued", "resize photo 1")),
            first.attach(Jobs.class).lock(1).stream().toList());
        assertThrows(RuntimeException.class, () -> second.attach(Jobs.class).lock(1));
      } finally {
        first.rollback();
        second.rollback();
      }
    }
  }

  @OnEachDatabase
  void anOuterJoinBesideALockLocksTheRootOnly(TestDatabase database) {
    if (database == TestDatabase.SQLITE) {
      return;
    }
    try (Handle first = database.jdbi().open();
        Handle second = database.jdbi().open()) {
      shortLockTimeout(database, second);
      first.begin();
      second.begin();
      try {
        List<Jobs.JobAndLater> rows = first.attach(Jobs.class).lockWithLater(4);
        assertEquals(
            List.of(5L, 6L), rows.stream().map(row -> row.later().id()).toList());
        // PostgreSQL (FOR UPDATE OF job) and H2 lock the root's row only; MariaDB also the
        // outer-joined rows it read.
        List<Long> free =
            database == TestDatabase.MARIADB ? List.of(1L, 2L) : List.of(1L, 2L, 5L, 6L);
        assertEquals(free, ids(second.attach(Jobs.class).claim(5)), database.name());
        assertThrows(RuntimeException.class, () -> second.attach(Jobs.class).lock(4));
      } finally {
        first.rollback();
        second.rollback();
      }
    }
  }

  @OnEachDatabase
  void sharedLocksShareExceptOnH2(TestDatabase database) {
    if (database == TestDatabase.SQLITE) {
      return;
    }
    try (Handle first = database.jdbi().open();
        Handle second = database.jdbi().open()) {
      shortLockTimeout(database, second);
      first.begin();
      second.begin();
      try {
        assertEquals(2, first.attach(Jobs.class).share(2).orElseThrow().id());
        if (database == TestDatabase.H2) {
          // H2 has no shared row lock: FOR_SHARE takes FOR UPDATE there.
          assertThrows(RuntimeException.class, () -> second.attach(Jobs.class).share(2));
        } else {
          assertEquals(2, second.attach(Jobs.class).share(2).orElseThrow().id());
          assertThrows(RuntimeException.class, () -> second.attach(Jobs.class).lock(2));
        }
      } finally {
        first.rollback();
        second.rollback();
      }
    }
  }
}
