package dev.tenon.runtime;

import dev.tenon.Dialect;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the text parameters holding U+0000 (NUL), which PostgreSQL refuses in text ("invalid byte
 * sequence for encoding UTF8: 0x00"). Only run after such a failure: the call's binder binds again
 * into a recording stand-in statement, so the error can say which parameter it was instead of
 * leaving the caller a driver message.
 */
final class NulParameters {
  private NulParameters() {}

  /** Whether {@code e} is PostgreSQL refusing a NUL character. */
  static boolean refusedNul(Dialect dialect, Exception e) {
    String message = e.getMessage();
    return dialect == Dialect.POSTGRES && message != null && message.contains("0x00");
  }

  /** The 1-based indexes of the parameters {@code binder} binds to text holding a NUL. */
  static List<Integer> of(Binder binder, Dialect dialect) {
    List<Integer> found = new ArrayList<>();
    boolean[] pendingArray = {false};
    Connection connection =
        (Connection)
            Proxy.newProxyInstance(
                NulParameters.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("createArrayOf")) {
                    for (Object element : (Object[]) args[1]) {
                      if (element instanceof String text && text.indexOf('\0') >= 0) {
                        pendingArray[0] = true; // found at its setArray, which says the index
                        break;
                      }
                    }
                  }
                  return null;
                });
    PreparedStatement statement =
        (PreparedStatement)
            Proxy.newProxyInstance(
                NulParameters.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getConnection")) {
                    return connection;
                  }
                  if (args != null && args.length >= 2 && args[0] instanceof Integer index) {
                    if (args[1] instanceof String text && text.indexOf('\0') >= 0
                        || pendingArray[0]) {
                      found.add(index);
                    }
                    pendingArray[0] = false;
                  }
                  Class<?> type = method.getReturnType();
                  return type == boolean.class ? Boolean.FALSE : type == int.class ? 0 : null;
                });
    try {
      binder.bind(statement, dialect);
    } catch (Exception ignored) {
      // The stand-in cannot do all a statement does; what was recorded so far still counts.
    }
    return found;
  }
}
