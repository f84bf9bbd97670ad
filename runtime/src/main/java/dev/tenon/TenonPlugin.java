package dev.tenon;

import dev.tenon.runtime.TenonExtensionFactory;
import dev.tenon.runtime.TenonOnDemand;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;

/**
 * Lets JDBI hand out the DAO classes Tenon generates:
 *
 * <pre>{@code
 * Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new TenonPlugin());
 * BookQueries books = jdbi.onDemand(BookQueries.class);   // or handle.attach(BookQueries.class)
 * }</pre>
 *
 * <p>{@code attach}, {@code onDemand}, {@code withExtension} and {@code useExtension} all work;
 * transactions are JDBI's. The generated class is found once per interface; no reflection runs
 * per call. {@code onDemand} hands out the generated class itself, built on the {@code Jdbi}, not
 * JDBI's proxy: package-private DAOs work, and streams own their handle. With JDBI's {@code
 * SqlObjectPlugin}, install this plugin after it (JDBI keeps one on-demand factory).
 *
 * <p>Installing it twice installs it once, as with JDBI's {@code JdbiPlugin.Singleton}: every
 * instance equals every other. It does not extend that class because its class file carries
 * SpotBugs' {@code @SuppressFBWarnings}, which JDBI does not ship; javac warns about the missing
 * class wherever user code names the plugin, and {@code -Werror} builds fail on it.
 */
public final class TenonPlugin implements JdbiPlugin {

  @Override
  public void customizeJdbi(Jdbi jdbi) {
    jdbi.registerExtension(new TenonExtensionFactory());
    TenonOnDemand.install(jdbi);
  }

  @Override
  public boolean equals(Object other) {
    return other != null && other.getClass() == TenonPlugin.class;
  }

  @Override
  public int hashCode() {
    return TenonPlugin.class.hashCode();
  }
}
