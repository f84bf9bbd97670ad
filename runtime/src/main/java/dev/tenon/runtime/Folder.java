package dev.tenon.runtime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Folds joined rows into values, level by level, as a {@link Fold} describes. */
final class Folder {
  private final Fold root;
  private final Map<Object, Node> roots = new LinkedHashMap<>();

  Folder(Fold root) {
    this.root = root;
  }

  /** One folded value being collected. */
  static final class Node {
    final Object[] own;
    final Map<Object, Node>[] children;

    @SuppressWarnings("unchecked")
    Node(Object[] own, int children) {
      this.own = own;
      this.children = new Map[children];
      for (int i = 0; i < children; i++) {
        this.children[i] = new LinkedHashMap<>();
      }
    }
  }

  /** Adds the current row; returns its root's key. */
  Object accept(ResultSet row) throws SQLException {
    Object key = root.key.read(row);
    Node node = roots.get(key);
    if (node == null) {
      node = new Node(root.own.read(row), root.children.length);
      roots.put(key, node);
    }
    addChildren(root, node, row);
    return key;
  }

  /** Adds a row of {@code level}'s batch query under the parent its parent key names. */
  void acceptBatchRow(int childIndex, Fold level, ResultSet row) throws SQLException {
    Node parent = roots.get(level.parentKey.read(row));
    if (parent != null) {
      addChild(level, parent.children[childIndex], row);
    }
  }

  private static void addChildren(Fold level, Node node, ResultSet row) throws SQLException {
    for (int i = 0; i < level.children.length; i++) {
      Fold child = level.children[i];
      if (!child.batched()) {
        addChild(child, node.children[i], row);
      }
    }
  }

  private static void addChild(Fold level, Map<Object, Node> into, ResultSet row)
      throws SQLException {
    Object key = level.key.read(row);
    if (key == null) {
      return; // the outer join found no row at this level
    }
    Node node = into.get(key);
    if (node == null) {
      node = new Node(level.own.read(row), level.children.length);
      into.put(key, node);
    }
    addChildren(level, node, row);
  }

  Fold root() {
    return root;
  }

  /** Keys of every root collected so far, in order. */
  List<Object> rootKeys() {
    return new ArrayList<>(roots.keySet());
  }

  /** Every root, built, in order of first appearance. */
  List<Object> buildAll() {
    List<Object> built = new ArrayList<>(roots.size());
    for (Node node : roots.values()) {
      built.add(build(root, node));
    }
    return built;
  }

  /** Builds and forgets the root with {@code key} (streams emit a root once its rows are read). */
  Object buildAndRemove(Object key) {
    Node node = roots.remove(key);
    return build(root, node);
  }

  private static Object build(Fold level, Node node) {
    List<?>[] lists = new List<?>[level.children.length];
    for (int i = 0; i < lists.length; i++) {
      Fold child = level.children[i];
      List<Object> list = new ArrayList<>(node.children[i].size());
      for (Node element : node.children[i].values()) {
        list.add(build(child, element));
      }
      lists[i] = list;
    }
    return level.build.build(node.own, lists);
  }
}
