package dev.tenon;

import dev.tenon.runtime.TenonExtensionFactory;
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
 * per call.
 */
public final class TenonPlugin extends JdbiPlugin.Singleton {

  @Override
  public void customizeJdbi(Jdbi jdbi) {
    jdbi.registerExtension(new TenonExtensionFactory());
  }
}
