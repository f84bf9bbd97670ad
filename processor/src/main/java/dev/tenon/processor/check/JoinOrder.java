package dev.tenon.processor.check;

import dev.tenon.processor.expr.ExprParser;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.expr.Nodes;
import dev.tenon.processor.expr.Parsed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The order of a method's joins where the compiler does not tell the order they are written in.
 *
 * <p>Joins are resolved, and written into the SQL, in the order written (API.md section 2): a
 * {@code path} and an {@code on} may name the root and aliases declared above. The compiler groups
 * repeated annotations by type into {@code @LeftJoins}/{@code @InnerJoins}, so that order across
 * the two types is read from the source tree (see {@code parse.WrittenOrder}). Where there is none
 * (Eclipse's compiler, a method inherited from a class file), each join is put after the joins
 * whose aliases its {@code path} or {@code on} names, and otherwise keeps the compiler's order. A
 * join's result depends only on the joins it names, so that order gives the same rows as the one
 * written; the SQL text may list independent joins in another order, and a join that names an
 * alias declared below it is accepted there rather than refused.
 */
final class JoinOrder {
  private JoinOrder() {}

  /** The alias a declaration introduces: its {@code as}, else its relation's name. */
  static String alias(JoinDeclaration declaration) {
    if (!declaration.as().isEmpty()) {
      return declaration.as();
    }
    String path = declaration.path();
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /** The aliases introduced by the declarations after index {@code from}. */
  static Set<String> aliasesAfter(List<JoinDeclaration> declarations, int from) {
    Set<String> aliases = new LinkedHashSet<>();
    for (int i = from + 1; i < declarations.size(); i++) {
      aliases.add(alias(declarations.get(i)));
    }
    return aliases;
  }

  /**
   * {@code declarations} (in the compiler's order) rearranged so that each comes after every
   * other declaration whose alias it names; a join caught in a cycle keeps its place, and its
   * unknown alias is reported where it stands.
   */
  static List<JoinDeclaration> byDependency(List<JoinDeclaration> declarations) {
    Set<String> declaredAliases = new HashSet<>();
    for (JoinDeclaration declaration : declarations) {
      declaredAliases.add(alias(declaration));
    }
    List<JoinDeclaration> pending = new ArrayList<>(declarations);
    List<JoinDeclaration> ordered = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    while (!pending.isEmpty()) {
      JoinDeclaration next = null;
      for (JoinDeclaration candidate : pending) {
        Set<String> needs = new HashSet<>(named(candidate));
        needs.retainAll(declaredAliases);
        needs.remove(alias(candidate));
        if (placed.containsAll(needs)) {
          next = candidate;
          break;
        }
      }
      if (next == null) {
        next = pending.get(0);
      }
      pending.remove(next);
      ordered.add(next);
      placed.add(alias(next));
    }
    return ordered;
  }

  /** The aliases a declaration's {@code path} and {@code on} name (an {@code on} that does not parse names none). */
  private static Set<String> named(JoinDeclaration declaration) {
    Set<String> names = new HashSet<>();
    int dot = declaration.path().indexOf('.');
    if (dot > 0) {
      names.add(declaration.path().substring(0, dot));
    }
    if (!declaration.on().isBlank()
        && ExprParser.parse(declaration.on()) instanceof Parsed.Ok<Node> ok) {
      for (Node.Ref ref : Nodes.refs(ok.value())) {
        if (ref.qualifier() != null) {
          names.add(ref.qualifier());
        }
      }
    }
    return names;
  }
}
