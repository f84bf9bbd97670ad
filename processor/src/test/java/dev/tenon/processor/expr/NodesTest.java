package dev.tenon.processor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NodesTest {

  @Test
  void paramsInSourceOrderWithDuplicates() {
    Node node = Show.ok("(:b = x OR f(:a, :c) > :b) AND y BETWEEN :lo AND :hi AND z IN (:ids, -:a)");
    assertEquals(List.of("b", "a", "c", "b", "lo", "hi", "ids", "a"),
        Nodes.params(node).stream().map(Node.Param::name).collect(Collectors.toList()));
    List<Node.Param> params = Nodes.params(node);
    for (int i = 1; i < params.size(); i++) {
      assertEquals(true, params.get(i - 1).end() <= params.get(i).start());
    }
  }

  @Test
  void paramsOrderMatchesTextEvenWhenPrecedenceRegroups() {
    Node node = Show.ok(":p1 + :p2 * :p3 - -:p4 / :p5 LIKE :p6 OR NOT :p7 IS NULL");
    assertEquals(List.of("p1", "p2", "p3", "p4", "p5", "p6", "p7"),
        Nodes.params(node).stream().map(Node.Param::name).collect(Collectors.toList()));
  }

  @Test
  void refs() {
    Node node = Show.ok("usernote.userId = :userId AND lower(book.name) LIKE x");
    assertEquals(List.of(new Node.Ref("usernote", "userId", 0, 15),
            new Node.Ref("book", "name", 36, 45), new Node.Ref(null, "x", 52, 53)),
        Nodes.refs(node));
    assertEquals(List.of(), Nodes.refs(Show.ok("1 + :a")));
  }

  @Test
  void childrenAndAll() {
    Node node = Show.ok("x NOT IN (1, 2)");
    assertEquals(3, Nodes.children(node).size());
    assertEquals(4, Nodes.all(node).size());
    assertEquals(List.of(), Nodes.children(Show.ok("a.b")));
  }

  @Test
  void walksHandBuiltTreesOfAnyDepth() {
    Node node = new Node.Param("p", 0, 2);
    for (int i = 0; i < 100_000; i++) {
      node = new Node.Unary(UnaryOp.NEGATE, node, 0, 2);
    }
    assertEquals(1, Nodes.params(node).size());
  }
}
