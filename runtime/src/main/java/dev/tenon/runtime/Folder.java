package dev.tenon.runtime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Folds joined rows into values, level by level, as a {@link Fold} describes.
 *
 * <p>Two shortcuts keep the per-row cost near a hand-written loop's: rows of one root usually come
 * together, so the last root found is reused without a hash lookup; and a level without children
 * of its own (a plain list of entities, the common case) is built as soon as its first row is read
 * and stored as the finished value, not as a {@link Node} to be built later.
 */
final class Folder {
  private static final Map<?, ?>[] NO_CHILDREN = new Map<?, ?>[0];
  private static final List<?>[] NO_LISTS = new List<?>[0];

  private final Fold root;
  private final Map<Object, Node> roots = new LinkedHashMap<>();
  private Object lastKey;
  private Node lastNode;

  Folder(Fold root) {
    this.root = root;
  }

  /**
   * One folded value being collected. {@code children[i]} maps child keys to a {@code Node}, or to
   * the finished value where child level {@code i} is a leaf (see {@link #isLeaf}).
   */
  static final class Node {
    final Object[] own;
    final Map<Object, Object>[] children;

    @SuppressWarnings("unchecked")
    Node(Object[] own, int children) {
      this.own = own;
      if (children == 0) {
        this.children = (Map<Object, Object>[]) NO_CHILDREN;
      } else {
        this.children = new Map[children];
        for (int i = 0; i < children; i++) {
          this.children[i] = new LinkedHashMap<>();
        }
      }
    }
  }

  /** A level with no children of its own: its values are built when first read. */
  private static boolean isLeaf(Fold level) {
    return level.children.length == 0;
  }

  /** Adds the current row; returns its root's key. */
  Object accept(ResultSet row) throws SQLException {
    Object key = root.key.read(row);
    Node node;
    if (lastNode != null && Objects.equals(key, lastKey)) {
      node = lastNode;
    } else {
      node = roots.get(key);
      if (node == null) {
        node = new Node(root.own.read(row), root.children.length);
        roots.put(key, node);
      }
      lastKey = key;
      lastNode = node;
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

  private static void addChild(Fold level, Map<Object, Object> into, ResultSet row)
      throws SQLException {
    Object key = level.key.read(row);
    if (key == null) {
      return; // the outer join found no row at this level
    }
    if (isLeaf(level)) {
      // Another to-many join can repeat a leaf's row: the first one wins, as for a node.
      if (!into.containsKey(key)) {
        into.put(key, level.build.build(level.own.read(row), NO_LISTS));
      }
      return;
    }
    Node node = (Node) into.get(key);
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
    if (node == lastNode) {
      lastKey = null;
      lastNode = null;
    }
    return build(root, node);
  }

  private static Object build(Fold level, Node node) {
    if (level.children.length == 0) {
      return level.build.build(node.own, NO_LISTS);
    }
    List<?>[] lists = new List<?>[level.children.length];
    for (int i = 0; i < lists.length; i++) {
      Fold child = level.children[i];
      if (isLeaf(child)) {
        lists[i] = new ArrayList<>(node.children[i].values());
        continue;
      }
      List<Object> list = new ArrayList<>(node.children[i].size());
      for (Object element : node.children[i].values()) {
        list.add(build(child, (Node) element));
      }
      lists[i] = list;
    }
    return level.build.build(node.own, lists);
  }
}
