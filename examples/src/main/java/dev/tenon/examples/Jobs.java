package dev.tenon.examples;

import dev.tenon.Dao;
import dev.tenon.LeftJoin;
import dev.tenon.Limit;
import dev.tenon.Lock;
import dev.tenon.Nullable;
import dev.tenon.OrderBy;
import dev.tenon.Relation;
import dev.tenon.Select;
import dev.tenon.Where;
import dev.tenon.examples.model.Job;
import java.util.List;
import java.util.Optional;

/**
 * A job queue claimed by concurrent workers, inside their own transactions: each claim locks the
 * jobs it returns and skips the ones another worker holds, so no job is claimed twice.
 */
@Dao
@Relation(name = "sameState", from = Job.class, target = Job.class, on = "state = state")
public interface Jobs {

  /** The next {@code count} queued jobs nobody holds, locked until this transaction ends. */
  @Select(from = Job.class, lock = Lock.FOR_UPDATE_SKIP_LOCKED)
  @Where("job.state = 'queued'")
  @OrderBy("job.id")
  List<Job> claim(@Limit int count);

  /** One job, locked for update; waits for (or times out on) a worker that holds it. */
  @Select(from = Job.class, lock = Lock.FOR_UPDATE)
  @Where("job.id = :id")
  Optional<Job> lock(long id);

  /** One job, locked for reading only: other readers may lock it too. */
  @Select(from = Job.class, lock = Lock.FOR_SHARE)
  @Where("job.id = :id")
  Optional<Job> share(long id);

  /**
   * One job with the jobs of the same state after it, locking only the job itself: an outer join
   * beside a lock (PostgreSQL needs {@code FOR UPDATE OF job} for that).
   */
  @Select(from = Job.class, lock = Lock.FOR_UPDATE)
  @LeftJoin(path = "job.sameState", as = "later", on = "later.id > job.id")
  @Where("job.id = :id")
  @OrderBy("later.id")
  List<JobAndLater> lockWithLater(long id);

  record JobAndLater(Job job, @Nullable Job later) {}
}
