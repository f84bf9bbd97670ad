package dev.tenon.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/** What one result row is built into. */
public sealed interface RowShape {

  /** The root entity itself. */
  record EntityRow(Alias alias) implements RowShape {}

  /** One value per row: the {@code @Expr} on the query method ({@code long countBooks()}). */
  record ScalarRow(SelectItem.Expression expression) implements RowShape {}

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

  /**
   * A {@code List} of a to-many alias's rows, folded per parent: each element is the alias's
   * entity, or a record of the alias and aliases joined under it (to-one, or nested lists).
   */
  record CollectionComponent(String name, Join join, RowShape element) implements Component {
    @Override
    public boolean optional() {
      return false;
    }

    public boolean batched() {
      return join.fetch() == dev.tenon.Fetch.BATCH;
    }
  }

  /** An {@code @Expr} value. */
  record ExprComponent(String name, SelectItem.Expression expression, boolean optional)
      implements Component {}

  /**
   * The SELECT list a row reads, in order: entity columns, values, and the columns of collections
   * folded from the same statement (collections loaded by their own statement are left out).
   * Planner and writer both walk this one list, so column indexes agree.
   */
  public static List<SelectItem> selectItems(RowShape row) {
    List<SelectItem> items = new ArrayList<>();
    addItems(row, items);
    return items;
  }

  /**
   * A collection's columns; its alias's own columns come along even where the element record does
   * not map them, because each element is told apart by the alias's key.
   */
  public static void addElementItems(CollectionComponent collection, List<SelectItem> items) {
    if (collection.element() instanceof RecordRow record
        && record.components().stream()
            .noneMatch(c -> c.name().equals(collection.join().alias().name()))) {
      Alias alias = collection.join().alias();
      items.add(new SelectItem.EntityColumns(new Alias(alias.name(), alias.entity(), false)));
    }
    addItems(collection.element(), items);
  }

  private static void addItems(RowShape row, List<SelectItem> items) {
    if (row instanceof EntityRow entityRow) {
      items.add(new SelectItem.EntityColumns(entityRow.alias()));
      return;
    }
    if (row instanceof ScalarRow scalar) {
      items.add(scalar.expression());
      return;
    }
    for (Component component : ((RecordRow) row).components()) {
      if (component instanceof AliasComponent alias) {
        items.add(new SelectItem.EntityColumns(alias.alias()));
      } else if (component instanceof AggregateComponent aggregate) {
        items.add(aggregate.value());
      } else if (component instanceof ExprComponent expr) {
        items.add(expr.expression());
      } else if (component instanceof CollectionComponent collection && !collection.batched()) {
        addElementItems(collection, items);
      }
    }
  }
}
