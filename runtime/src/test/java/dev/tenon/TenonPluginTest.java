package dev.tenon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.jdbi.v3.core.spi.JdbiPlugin;
import org.junit.jupiter.api.Test;

/** The plugin behaves like JDBI's {@code JdbiPlugin.Singleton} without extending it. */
class TenonPluginTest {

  @Test
  void everyInstanceIsTheSamePluginSoInstallingTwiceInstallsOnce() {
    assertEquals(new TenonPlugin(), new TenonPlugin());
    assertEquals(new TenonPlugin().hashCode(), new TenonPlugin().hashCode());
    assertNotEquals(new TenonPlugin(), new JdbiPlugin() {});
    assertNotEquals(new TenonPlugin(), null);
  }
}
