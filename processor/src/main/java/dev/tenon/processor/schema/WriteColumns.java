package dev.tenon.processor.schema;

import dev.tenon.processor.schema.Tokens.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The unqualified column names of a one-table write statement, found where the write planner puts
 * them: {@code INSERT INTO t (a, b)} and MERGE's {@code INSERT (a, b)}, {@code ON CONFLICT (a, b)},
 * {@code SET a = …, b = …} and MySQL's {@code ON DUPLICATE KEY UPDATE a = …}, {@code RETURNING a,
 * b}, a plain select list {@code SELECT a, b FROM}, and {@code a = ?} after WHERE/AND/OR.
 */
final class WriteColumns {
  private WriteColumns() {}

  static List<Token> unqualified(List<Token> tokens) {
    List<Token> columns = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      Token previous = i > 0 ? tokens.get(i - 1) : null;
      Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
      if (token.isSymbol("(") && previous != null
          && (previous.is("INSERT") || previous.is("CONFLICT")
              || previous.isName() && i > 1 && tokens.get(i - 2).is("INTO"))) {
        for (int j = i + 1; j < tokens.size() && !tokens.get(j).isSymbol(")"); j++) {
          if (tokens.get(j).isName()) {
            columns.add(tokens.get(j));
          }
        }
      } else if (token.is("RETURNING")) {
        for (int j = i + 1; j < tokens.size(); j++) {
          if (tokens.get(j).isName()) {
            columns.add(tokens.get(j));
          }
        }
        break;
      } else if (!token.isName() || previous != null && previous.isSymbol(".")
          || next != null && next.isSymbol(".")) {
        continue;
      } else if (next != null && next.isSymbol("=") && previous != null
          && (previous.is("SET") || previous.isSymbol(",") && assigning(tokens, i)
              || previous.is("UPDATE") && i > 1 && tokens.get(i - 2).is("KEY"))) {
        columns.add(token);
      } else if (next != null && next.isSymbol("=") && i + 2 < tokens.size()
          && tokens.get(i + 2).isSymbol("?") && previous != null
          && (previous.is("WHERE") || previous.is("AND") || previous.is("OR") || previous.isSymbol("("))) {
        columns.add(token);
      } else if (previous != null && (previous.is("SELECT") || previous.isSymbol(",") && selecting(tokens, i))
          && next != null && (next.isSymbol(",") || next.is("FROM"))) {
        columns.add(token);
      }
    }
    return columns;
  }

  /** Whether the comma before {@code i} is inside a SET list (nearest clause word is SET/UPDATE). */
  private static boolean assigning(List<Token> tokens, int i) {
    int depth = 0;
    for (int j = i - 1; j >= 0; j--) {
      Token token = tokens.get(j);
      if (token.isSymbol(")")) {
        depth++;
      } else if (token.isSymbol("(")) {
        if (depth-- == 0) {
          return false;
        }
      } else if (depth == 0 && (token.is("SET") || token.is("UPDATE"))) {
        return true;
      } else if (depth == 0 && (token.is("WHERE") || token.is("SELECT") || token.is("VALUES")
          || token.is("FROM") || token.is("ON"))) {
        return false;
      }
    }
    return false;
  }

  /** Whether the comma before {@code i} is in a select list whose items are plain names. */
  private static boolean selecting(List<Token> tokens, int i) {
    for (int j = i - 1; j >= 0; j--) {
      Token token = tokens.get(j);
      if (token.is("SELECT")) {
        return true;
      }
      if (!token.isName() && !token.isSymbol(",")) {
        return false;
      }
    }
    return false;
  }
}
