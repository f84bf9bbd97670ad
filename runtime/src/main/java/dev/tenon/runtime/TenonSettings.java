package dev.tenon.runtime;

import dev.tenon.Dialect;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Per-{@code Jdbi} Tenon state: the dialect detected from the first connection, kept for every
 * later handle. JDBI copies configs into each handle; the copies share one holder, so detection
 * runs once per {@code Jdbi}.
 */
public final class TenonSettings implements JdbiConfig<TenonSettings> {
  private final AtomicReference<Dialect> detected;

  public TenonSettings() {
    this(new AtomicReference<>());
  }

  private TenonSettings(AtomicReference<Dialect> detected) {
    this.detected = detected;
  }

  @Override
  public TenonSettings createCopy() {
    return new TenonSettings(detected);
  }

  /** The dialect of the handle's database, detected at most once per {@code Jdbi}. */
  public static Dialect dialectOf(Handle handle) {
    AtomicReference<Dialect> holder = handle.getConfig(TenonSettings.class).detected;
    Dialect dialect = holder.get();
    if (dialect == null) {
      try {
        dialect = Dialects.detect(handle.getConnection());
      } catch (SQLException e) {
        throw new IllegalStateException("Tenon could not read the database product name", e);
      }
      holder.compareAndSet(null, dialect);
    }
    return dialect;
  }
}
