package dev.tenon.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.tenon.Dialect;
import dev.tenon.Fetch;
import dev.tenon.processor.expr.ExprParser;
import dev.tenon.processor.expr.Node;
import dev.tenon.processor.expr.OrderItem;
import dev.tenon.processor.expr.Parsed;
import dev.tenon.processor.model.Alias;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.Join;
import dev.tenon.processor.model.JoinType;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.Parameter;
import dev.tenon.processor.model.ParameterRole;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.QueryModel;
import dev.tenon.processor.model.Relation;
import dev.tenon.processor.model.SelectItem;
import dev.tenon.processor.model.ValueKind;
import dev.tenon.processor.model.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-built models for planner tests: the entities of API.md and a tiny builder for queries, so
 * each test reads as "this declaration plans to exactly this SQL".
 */
final class Fixture {
  private Fixture() {}

  static final Entity BOOK =
      entity("Book", "book").id("id").column("name", ValueKind.STRING).build();

  static final Entity BOOK_NOTE =
      entity("BookNote", "book_note")
          .id("id")
          .column("text", ValueKind.STRING)
          .column("bookId", ValueKind.LONG)
          .column("userId", ValueKind.LONG)
          .build();

  /** Mapped to {@code user}, reserved on every dialect. */
  static final Entity APP_USER =
      entity("AppUser", "user")
          .id("id")
          .column("name", ValueKind.STRING)
          .column("countryId", ValueKind.LONG)
          .build();

  static final Entity COUNTRY =
      entity("Country", "country").id("id").column("code", ValueKind.STRING).build();

  /** Keyed by {@code (book_id, lang)}. */
  static final Entity EDITION =
      entity("Edition", "edition")
          .id("bookId", ValueKind.LONG)
          .id("lang", ValueKind.STRING)
          .column("title", ValueKind.STRING)
          .build();

  static final Entity REVIEW =
      entity("Review", "review")
          .id("id")
          .column("bookId", ValueKind.LONG)
          .column("lang", ValueKind.STRING)
          .column("stars", ValueKind.INT)
          .build();

  /** {@code book.notes}: to-many, {@code book.id = notes.book_id}. */
  static final Relation BOOK_NOTES = relation("notes", BOOK, BOOK_NOTE, true, "id=bookId");

  /** {@code note.user}: to-one, {@code note.user_id = user.id}. */
  static final Relation NOTE_USER = relation("user", BOOK_NOTE, APP_USER, false, "userId=id");

  /** {@code user.country}: to-one. */
  static final Relation USER_COUNTRY =
      relation("country", APP_USER, COUNTRY, false, "countryId=id");

  static final Relation BOOK_EDITIONS = relation("editions", BOOK, EDITION, true, "id=bookId");

  /** {@code edition.reviews}: a composite key, {@code (book_id, lang)}. */
  static final Relation EDITION_REVIEWS =
      relation("reviews", EDITION, REVIEW, true, "bookId=bookId", "lang=lang");

  static EntityBuilder entity(String simpleName, String table) {
    return new EntityBuilder(simpleName, table);
  }

  /** A relation from {@code local=remote} property pairs. */
  static Relation relation(
      String name, Entity source, Entity target, boolean toMany, String... pairs) {
    List<Relation.KeyPair> keys = new ArrayList<>();
    for (String pair : pairs) {
      String[] sides = pair.split("=");
      keys.add(
          new Relation.KeyPair(
              source.property(sides[0]).orElseThrow(), target.property(sides[1]).orElseThrow()));
    }
    return new Relation(name, source, target, keys, toMany, Origin.NONE);
  }

  static Node expr(String source) {
    Parsed<Node> parsed = ExprParser.parse(source);
    Object value =
        assertInstanceOf(Parsed.Ok.class, parsed, () -> source + " => " + parsed).value();
    return (Node) value;
  }

  static OrderItem orderItem(String source) {
    Parsed<OrderItem> parsed = ExprParser.parseOrderItem(source);
    Object value =
        assertInstanceOf(Parsed.Ok.class, parsed, () -> source + " => " + parsed).value();
    return (OrderItem) value;
  }

  static QueryBuilder from(Entity entity, String alias) {
    return new QueryBuilder(new Alias(alias, entity, false));
  }

  static QueryBuilder fromBook() {
    return from(BOOK, "book");
  }

  /** Plans {@code query} for H2 and PostgreSQL and checks both against one expected text. */
  static PlannedSql assertPlan(QueryModel query, String sql, String... bindings) {
    PlannedSql h2 = assertPlan(query, Dialect.H2, sql, bindings);
    PlannedSql postgres = assertPlan(query, Dialect.POSTGRES, sql, bindings);
    assertEquals(h2.bindings(), postgres.bindings(), "one binder serves every dialect");
    return h2;
  }

  /** Plans {@code query} for one dialect; {@code bindings} are parameter names in `?` order. */
  static PlannedSql assertPlan(QueryModel query, Dialect dialect, String sql, String... bindings) {
    PlannedSql planned = SqlPlanner.plan(query, dialect);
    assertEquals(sql, planned.sql(), dialect.name());
    assertEquals(List.of(bindings), names(planned), dialect + " bindings");
    assertEquals(
        count(planned.sql(), '?'), planned.bindings().size(), dialect + " one binding per ?");
    return planned;
  }

  static List<String> names(PlannedSql planned) {
    return planned.bindings().stream().map(binding -> binding.parameter().name()).toList();
  }

  /** Counts {@code c} outside string literals and quoted identifiers. */
  private static long count(String text, char c) {
    long count = 0;
    char quote = 0;
    for (char ch : text.toCharArray()) {
      if (quote != 0) {
        quote = ch == quote ? 0 : quote;
      } else if (ch == '\'' || ch == '"') {
        quote = ch;
      } else if (ch == c) {
        count++;
      }
    }
    return count;
  }

  /** Builds an {@link Entity}; columns are the snake_case of the property names. */
  static final class EntityBuilder {
    private final String simpleName;
    private final String table;
    private final List<Property> properties = new ArrayList<>();

    private EntityBuilder(String simpleName, String table) {
      this.simpleName = simpleName;
      this.table = table;
    }

    EntityBuilder id(String name) {
      return id(name, ValueKind.LONG);
    }

    EntityBuilder id(String name, ValueKind kind) {
      properties.add(new Property(name, snakeCase(name), ValueType.of(kind), true, Origin.NONE));
      return this;
    }

    EntityBuilder column(String name, ValueKind kind) {
      return column(name, snakeCase(name), kind);
    }

    EntityBuilder column(String name, String column, ValueKind kind) {
      properties.add(new Property(name, column, ValueType.of(kind), false, Origin.NONE));
      return this;
    }

    Entity build() {
      return new Entity("test." + simpleName, simpleName, table, properties, Origin.NONE);
    }

    private static String snakeCase(String name) {
      return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Builds a {@link QueryModel} the way the checker would, with every name already resolved. */
  static final class QueryBuilder {
    private final Alias root;
    private final Map<String, Alias> aliases = new LinkedHashMap<>();
    private final List<Join> joins = new ArrayList<>();
    private final List<OrderItem> orderBy = new ArrayList<>();
    private final List<SelectItem> select = new ArrayList<>();
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private boolean distinct;
    private Node where;
    private Parameter limit;
    private Parameter offset;

    private QueryBuilder(Alias root) {
      this.root = root;
      aliases.put(root.name(), root);
    }

    QueryBuilder distinct() {
      distinct = true;
      return this;
    }

    /** {@code @LeftJoin(path = "parent.relation", as, on)}; {@code on} may be null. */
    QueryBuilder leftJoin(String parent, Relation relation, String as, String on) {
      return join(JoinType.LEFT, parent, relation, as, on);
    }

    QueryBuilder innerJoin(String parent, Relation relation, String as, String on) {
      return join(JoinType.INNER, parent, relation, as, on);
    }

    private QueryBuilder join(
        JoinType type, String parentName, Relation relation, String as, String on) {
      Alias parent = aliases.get(parentName);
      if (parent == null || !parent.entity().equals(relation.source())) {
        throw new IllegalArgumentException("bad parent " + parentName + " for " + relation.name());
      }
      Alias alias = new Alias(as, relation.target(), type == JoinType.LEFT || parent.nullable());
      aliases.put(as, alias);
      joins.add(
          new Join(
              type,
              parent,
              relation,
              alias,
              on == null ? null : expr(on),
              Fetch.JOIN,
              Origin.NONE));
      return this;
    }

    QueryBuilder where(String condition) {
      where = expr(condition);
      return this;
    }

    QueryBuilder orderBy(String... items) {
      for (String item : items) {
        orderBy.add(orderItem(item));
      }
      return this;
    }

    /** Selects every column of these aliases, in this order (default: the root's). */
    QueryBuilder select(String... aliasNames) {
      for (String name : aliasNames) {
        select.add(new SelectItem.EntityColumns(aliases.get(name)));
      }
      return this;
    }

    /** An {@code @Expr} select item. */
    QueryBuilder selectExpr(String expression, ValueKind kind) {
      select.add(new SelectItem.Expression(expr(expression), ValueType.of(kind)));
      return this;
    }

    QueryBuilder param(String name, ValueKind kind) {
      return add(new Parameter(name, ValueType.of(kind), false, ParameterRole.VALUE, Origin.NONE));
    }

    QueryBuilder collection(String name, ValueKind element) {
      return add(
          new Parameter(name, ValueType.of(element), true, ParameterRole.VALUE, Origin.NONE));
    }

    QueryBuilder limit(String name) {
      limit =
          new Parameter(name, ValueType.of(ValueKind.INT), false, ParameterRole.LIMIT, Origin.NONE);
      return add(limit);
    }

    QueryBuilder offset(String name) {
      offset =
          new Parameter(
              name, ValueType.of(ValueKind.LONG), false, ParameterRole.OFFSET, Origin.NONE);
      return add(offset);
    }

    private QueryBuilder add(Parameter parameter) {
      parameters.put(parameter.name(), parameter);
      return this;
    }

    QueryModel build() {
      List<SelectItem> items =
          select.isEmpty() ? List.of(new SelectItem.EntityColumns(root)) : select;
      return new QueryModel(
          "test", distinct, root, joins, where, orderBy, items, limit, offset, parameters);
    }
  }
}
