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
 * <p>Three shortcuts keep the per-row cost near a hand-written loop's: rows of one root usually
 * come together, so the last root found is reused without a hash lookup; a leaf level (a plain
 * list of entities or of records of to-one aliases, the common case) is built as soon as its first
 * row is read and stored as the finished value, not as a {@link Node} to be built later; and a
 * unique leaf ({@link Fold#uniqueLeaf}) is appended to a list, with no key and no map.
 */
final class Folder {
  private final Fold root;
  private final Map<Object, Node> roots = new LinkedHashMap<>();
  private Object lastKey;
  private Node lastNode;

  Folder(Fold root) {
    this.root = root;
  }

  /**
   * One folded value being collected. {@code children[i]} holds child level {@code i}: a {@code
   * List} of finished values for a unique leaf; otherwise a {@code Map} from child keys to a {@code
   * Node}, or to the finished value where the child is a leaf.
   */
  static final class Node {
    private static final Object[] NONE = new Object[0];

    final Object[] own;
    final Object[] children;

    Node(Object[] own, Fold level) {
      this.own = own;
      Fold[] levels = level.children;
      if (levels.length == 0) {
        this.children = NONE;
      } else {
        this.children = new Object[levels.length];
        for (int i = 0; i < levels.length; i++) {
          this.children[i] = levels[i].unique ? new ArrayList<>() : new LinkedHashMap<>();
        }
      }
    }
  }

  /** Adds the current row; returns its root's key. */
  Object accept(ResultSet row) throws SQLException {
    Object key = root.key.read(row);
    Node node = findRoot(key);
    if (node == null) {
      node = new Node(root.own.read(row), root);
      roots.put(key, node);
      lastKey = key;
      lastNode = node;
    }
    addChildren(root, node, row);
    return key;
  }

  /** Adds a row of {@code level}'s batch query under the parent its parent key names. */
  void acceptBatchRow(int childIndex, Fold level, ResultSet row) throws SQLException {
    Node parent = findRoot(level.parentKey.read(row));
    if (parent != null) {
      addChild(level, parent.children[childIndex], row);
    }
  }

  /** The root with {@code key}, or null; the last one found is kept, as its rows come together. */
  private Node findRoot(Object key) {
    if (lastNode != null && Objects.equals(key, lastKey)) {
      return lastNode;
    }
    Node node = roots.get(key);
    lastKey = key;
    lastNode = node;
    return node;
  }

  private static void addChildren(Fold level, Node node, ResultSet row) throws SQLException {
    Fold[] children = level.children;
    for (int i = 0; i < children.length; i++) {
      Fold child = children[i];
      if (!child.batched()) {
        addChild(child, node.children[i], row);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void addChild(Fold level, Object into, ResultSet row) throws SQLException {
    if (level.unique) {
      Object value = level.readLeaf(row);
      if (value != null) { // null: the outer join found no row at this level
        ((List<Object>) into).add(value);
      }
      return;
    }
    Object key = level.key.read(row);
    if (key == null) {
      return; // the outer join found no row at this level
    }
    Map<Object, Object> map = (Map<Object, Object>) into;
    if (level.leaf()) {
      // Another to-many join can repeat a leaf's row: the first one wins, as for a node.
      if (!map.containsKey(key)) {
        map.put(key, level.readLeaf(row));
      }
      return;
    }
    Node node = (Node) map.get(key);
    if (node == null) {
      node = new Node(level.own.read(row), level);
      map.put(key, node);
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
    lastKey = null;
    lastNode = null;
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

  @SuppressWarnings("unchecked")
  private static Object build(Fold level, Node node) {
    Fold[] levels = level.children;
    List<?>[] lists = new List<?>[levels.length];
    for (int i = 0; i < lists.length; i++) {
      Fold child = levels[i];
      if (child.unique) {
        lists[i] = (List<Object>) node.children[i];
        continue;
      }
      Map<Object, Object> map = (Map<Object, Object>) node.children[i];
      if (child.leaf()) {
        lists[i] = new ArrayList<>(map.values());
        continue;
      }
      List<Object> list = new ArrayList<>(map.size());
      for (Object element : map.values()) {
        list.add(build(child, (Node) element));
      }
      lists[i] = list;
    }
    return level.build.build(node.own, lists);
  }
}
