package dev.tenon.processor.model;

import java.util.List;
import javax.lang.model.type.TypeMirror;

/** What one result row is built into. */
public sealed interface RowShape {

  /** The root entity itself. */
  record EntityRow(Alias alias) implements RowShape {}

  /** A record whose components are aliases or expressions, in constructor order. */
  record RecordRow(TypeMirror type, List<Component> components) implements RowShape {
    public RecordRow {
      components = List.copyOf(components);
    }
  }

  /** One constructor argument of a {@link RecordRow}. */
  sealed interface Component {
    String name();

    /** The component is {@code Optional<…>} rather than nullable. */
    boolean optional();
  }

  /** An alias's entity ({@code Book book}, {@code @Nullable BookNote usernote}). */
  record AliasComponent(String name, Alias alias, boolean optional) implements Component {}

  /** An aggregate's value, matched by its {@code as}. */
  record AggregateComponent(String name, SelectItem.AggregateValue value, boolean optional)
      implements Component {}

  /** An {@code @Expr} value. */
  record ExprComponent(String name, SelectItem.Expression expression, boolean optional)
      implements Component {}
}
