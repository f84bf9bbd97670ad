package dev.tenon.runtime;

import dev.tenon.Dialect;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * Collections larger than H2 can hold in one SQL array. H2 caps an {@code ARRAY} at {@value
 * #H2_MAX_ARRAY} elements, so {@code (x) = ANY(?)} fails for a larger collection. For those calls
 * only, the statement is prepared again with that condition split into one {@code ANY} per chunk of
 * at most {@value #H2_MAX_ARRAY}: {@code ((x) = ANY(?) OR (x) = ANY(?))}, and {@code ((x) <> ALL(?)
 * AND (x) <> ALL(?))} for {@code NOT IN}, which in SQL's three-valued logic is exactly the
 * condition on the whole collection. The rewrite adds only SQL the processor wrote (the operand,
 * which it parenthesised for this) and {@code ?} placeholders: no value enters the SQL text. The
 * generated binder still binds by its own indexes; a thin wrapper shifts every index after a split
 * collection.
 *
 * <p>The common case pays nothing: a call binds and runs the compiled SQL; only when {@link
 * Columns#setCollection} meets an oversized collection on H2 does it throw {@link Oversized}, and
 * {@link #prepare} starts over with the split SQL. Measured choice: H2 has no construct that takes
 * more than one array's worth of values through one placeholder at an acceptable cost (a nested
 * array flattened with {@code UNNEST}/{@code SYSTEM_RANGE} took seconds on a five-row table, and
 * {@code IN (SELECT … UNNEST(CAST(? …)))} recasts the parameter per row); the OR of {@code ANY}s
 * answered 100,000 ids on a five-row table in about 0.3 s.
 */
final class OversizedArrays {
  /** H2's {@code Constants.MAX_ARRAY_CARDINALITY}. */
  static final int H2_MAX_ARRAY = 65_536;

  private OversizedArrays() {}

  /** Prepares a statement the way the session does (on its connection, with JDBI's timeout). */
  @FunctionalInterface
  interface Preparer {
    PreparedStatement prepareStatement(String sql) throws SQLException;
  }

  /** A collection parameter too large for one H2 array, not yet split in the SQL. */
  static final class Oversized extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int index;
    final int size;

    Oversized(int index, int size) {
      super(
          "a collection of "
              + size
              + " elements is more than one H2 array holds ("
              + H2_MAX_ARRAY
              + "); Tenon splits it only on its direct path, not when a SqlLogger or statement"
              + " customizer routes statements through JDBI",
          null,
          false,
          false);
      this.index = index;
      this.size = size;
    }
  }

  /** A statement whose SQL has the collections at some binder indexes split into chunks. */
  interface Chunked {
    /** Whether the binder's parameter {@code index} was split. */
    boolean chunked(int index);

    /** Binds {@code values}, chunk by chunk, to the placeholders of binder index {@code index}. */
    void bindChunks(int index, String elementType, Object[] values) throws SQLException;
  }

  static int chunks(int size) {
    return (size + H2_MAX_ARRAY - 1) / H2_MAX_ARRAY;
  }

  /**
   * Prepares {@code sql} and binds it; on H2, where a collection is too large for one array,
   * prepares it again with that collection's condition split, until every collection fits.
   */
  static PreparedStatement prepare(Preparer connection, String sql, Dialect dialect, Binder binder)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      binder.bind(statement, dialect);
      return statement;
    } catch (Oversized first) {
      statement.close();
      return prepareSplit(connection, sql, dialect, binder, first);
    } catch (SQLException | RuntimeException | Error e) {
      statement.close();
      throw e;
    }
  }

  private static PreparedStatement prepareSplit(
      Preparer connection, String sql, Dialect dialect, Binder binder, Oversized oversized)
      throws SQLException {
    TreeMap<Integer, Integer> split = new TreeMap<>(); // binder index -> chunks
    String rewritten = sql;
    while (true) {
      if (split.containsKey(oversized.index)) {
        throw new IllegalStateException("collection parameter " + oversized.index + " split twice");
      }
      rewritten = split(rewritten, shifted(split, oversized.index), chunks(oversized.size));
      split.put(oversized.index, chunks(oversized.size));
      PreparedStatement real = connection.prepareStatement(rewritten);
      try {
        PreparedStatement wrapped = wrap(real, split);
        binder.bind(wrapped, dialect);
        return wrapped;
      } catch (Oversized next) {
        real.close();
        oversized = next;
      } catch (SQLException | RuntimeException | Error e) {
        real.close();
        throw e;
      }
    }
  }

  /** The placeholder number, in the split SQL, of the binder's parameter {@code index}. */
  static int shifted(TreeMap<Integer, Integer> split, int index) {
    int shifted = index;
    for (var entry : split.headMap(index, false).entrySet()) {
      shifted += entry.getValue() - 1;
    }
    return shifted;
  }

  /**
   * {@code sql} with the condition of placeholder {@code index}, {@code (x) = ANY(?)} or {@code (x)
   * <> ALL(?)} as the processor writes them for H2, split into {@code chunks} conditions.
   */
  static String split(String sql, int index, int chunks) {
    int at = placeholder(sql, index);
    String any = " = ANY(";
    String all = " <> ALL(";
    boolean negated;
    if (sql.startsWith(any, at - any.length())) {
      negated = false;
    } else if (sql.startsWith(all, at - all.length())) {
      negated = true;
    } else {
      throw new IllegalStateException("parameter " + index + " is not a collection in: " + sql);
    }
    int operandEnd = at - (negated ? all : any).length(); // just after the operand's ')'
    int operandStart = openingParenthesis(sql, operandEnd - 1);
    String operand = sql.substring(operandStart, operandEnd);
    String one = operand + (negated ? " <> ALL(?)" : " = ANY(?)");
    StringBuilder conditions = new StringBuilder("(").append(one);
    for (int i = 1; i < chunks; i++) {
      conditions.append(negated ? " AND " : " OR ").append(one);
    }
    conditions.append(')');
    return sql.substring(0, operandStart) + conditions + sql.substring(at + 2);
  }

  /** The position of the {@code index}-th (from 1) {@code ?} outside quoted literals and names. */
  static int placeholder(String sql, int index) {
    int seen = 0;
    char quote = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0; // a doubled quote closes and reopens: the same as staying inside
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      } else if (c == '?' && ++seen == index) {
        return i;
      }
    }
    throw new IllegalStateException("no parameter " + index + " in: " + sql);
  }

  /** The {@code (} matching the {@code )} at {@code close}, skipping quoted text. */
  static int openingParenthesis(String sql, int close) {
    if (sql.charAt(close) != ')') {
      throw new IllegalStateException("no parenthesised operand before position " + close + ": " + sql);
    }
    // Scan forward once to pair parentheses outside quotes, then pick close's partner.
    int[] partner = new int[sql.length()];
    int[] stack = new int[sql.length()];
    int depth = 0;
    char quote = 0;
    for (int i = 0; i <= close; i++) {
      char c = sql.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      } else if (c == '(') {
        stack[depth++] = i;
      } else if (c == ')') {
        partner[i] = stack[--depth];
      }
    }
    return partner[close];
  }

  private static PreparedStatement wrap(PreparedStatement real, TreeMap<Integer, Integer> split) {
    Chunked chunked =
        new Chunked() {
          @Override
          public boolean chunked(int index) {
            return split.containsKey(index);
          }

          @Override
          public void bindChunks(int index, String elementType, Object[] values)
              throws SQLException {
            int first = shifted(split, index);
            int chunks = split.get(index);
            if (chunks(values.length) != chunks) {
              throw new IllegalStateException("collection " + index + " changed size while bound");
            }
            for (int i = 0; i < chunks; i++) {
              Object[] chunk =
                  Arrays.copyOfRange(
                      values, i * H2_MAX_ARRAY, Math.min(values.length, (i + 1) * H2_MAX_ARRAY));
              real.setArray(first + i, real.getConnection().createArrayOf(elementType, chunk));
            }
          }
        };
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Chunked.class) {
            return invoke(method, chunked, args);
          }
          if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, real, method, args);
          }
          if (method.getName().startsWith("set")
              && args != null
              && args.length >= 2
              && method.getParameterTypes()[0] == int.class) {
            Object[] shiftedArgs = args.clone();
            shiftedArgs[0] = shifted(split, (Integer) args[0]);
            return invoke(method, real, shiftedArgs);
          }
          return invoke(method, real, args);
        };
    return (PreparedStatement)
        Proxy.newProxyInstance(
            OversizedArrays.class.getClassLoader(),
            new Class<?>[] {PreparedStatement.class, Chunked.class},
            handler);
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Object objectMethod(Object proxy, Object real, Method method, Object[] args) {
    return switch (method.getName()) {
      case "equals" -> proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      default -> "split " + real;
    };
  }
}
