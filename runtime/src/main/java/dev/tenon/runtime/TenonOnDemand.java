package dev.tenon.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.internal.OnDemandExtensions;

/**
 * Makes {@code jdbi.onDemand(Dao.class)} hand out the generated class built on the {@code Jdbi}
 * ({@code new TenonDao(jdbi)}) instead of JDBI's proxy. Not API: installed by {@code TenonPlugin}.
 *
 * <p>Why: JDBI's on-demand proxy calls the interface's methods by reflection from JDBI's package,
 * which fails for a package-private {@code @Dao} ({@code IllegalAccessException}), and it closes
 * the call's handle when the method returns, so a {@code Stream} it hands out cannot be read. The
 * generated class opens a handle per call (joining one the thread already has, as in
 * {@code jdbi.inTransaction}), and a stream owns its handle until closed.
 *
 * <p>JDBI keeps one on-demand factory per {@code Jdbi} (its {@code SqlObjectPlugin} sets one for
 * JDBI's own generator), set through its internal {@code OnDemandExtensions}. This one hands every
 * type it does not know to the factory that was set before it, so install {@code TenonPlugin}
 * after {@code SqlObjectPlugin}; installed before, Tenon's DAOs get JDBI's proxy as they did.
 */
public final class TenonOnDemand implements OnDemandExtensions.Factory {
  private static final VarHandle FACTORY = factoryField();

  private final OnDemandExtensions.Factory previous;

  private TenonOnDemand(OnDemandExtensions.Factory previous) {
    this.previous = previous;
  }

  /** Sets this factory on {@code jdbi}, in front of the one it had. */
  public static void install(Jdbi jdbi) {
    OnDemandExtensions config = jdbi.getConfig(OnDemandExtensions.class);
    OnDemandExtensions.Factory before =
        FACTORY == null ? null : (OnDemandExtensions.Factory) FACTORY.get(config);
    if (before instanceof TenonOnDemand) {
      return;
    }
    config.setFactory(new TenonOnDemand(before));
  }

  @Override
  public Optional<Object> onDemand(Jdbi jdbi, Class<?> extensionType, Class<?>... extraTypes) {
    if (extraTypes.length == 0) {
      Object dao = TenonExtensionFactory.onDemand(extensionType, jdbi);
      if (dao != null) {
        return Optional.of(dao);
      }
    }
    return previous == null ? Optional.empty() : previous.onDemand(jdbi, extensionType, extraTypes);
  }

  /** JDBI has no getter for the factory it holds; without this, the one before is not chained. */
  private static VarHandle factoryField() {
    try {
      return MethodHandles.privateLookupIn(OnDemandExtensions.class, MethodHandles.lookup())
          .findVarHandle(
              OnDemandExtensions.class, "onDemandExtensionFactory", OnDemandExtensions.Factory.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
