package dev.tenon.processor.diag;

import java.util.Collection;

/**
 * Every text Tenon reports, in one place. Each starts with a stable tag such as
 * {@code [tenon:unknown-relation]} that tests, docs and {@code @SuppressWarnings("tenon:…")} use.
 */
public final class Messages {
  private Messages() {}

  static String tag(String tag, String text) {
    return "[tenon:" + tag + "] " + text;
  }

  public static String internalError(Throwable cause, String trace) {
    return tag(
        "internal-error",
        "Tenon failed on this declaration; this is a bug in Tenon, please report it with this"
            + " message: " + cause + "\n" + trace);
  }

  // ---- entities

  public static String notAnEntity(String type, String usedAs) {
    return tag(
        "not-an-entity",
        type + " is used as " + usedAs + " but is not an entity: annotate it @Table");
  }

  public static String entityShape(String type) {
    return tag(
        "entity-shape",
        type + " must be a record, or a class with exactly one public constructor taking every"
            + " column");
  }

  public static String missingId(String type) {
    return tag("missing-id", type + " has no @Id component: mark its primary key with @Id");
  }

  public static String unsupportedType(String what, String type) {
    return tag(
        "unsupported-type",
        what + " has type " + type + ", which Tenon cannot bind or read; use a primitive or its"
            + " box, String, BigDecimal, byte[], UUID, LocalDate, LocalTime, LocalDateTime,"
            + " Instant, OffsetDateTime or an enum, or a record with one component of those; or,"
            + " for an entity component or a parameter, store it through a converter:"
            + " @Convert(YourConverter.class) naming a ColumnConverter<" + type + ", C> of one of"
            + " those C");
  }

  public static String duplicateColumn(String type, String column, String first, String second) {
    return tag(
        "duplicate-column",
        type + " maps both '" + first + "' and '" + second + "' to column '" + column
            + "': give one of them another @Column");
  }

  public static String foreignKeyTargetId(String target, int ids) {
    return tag(
        "foreign-key-target",
        "@ForeignKey needs a target with exactly one @Id, but " + target + " has " + ids
            + "; declare a @Relation with every key column instead");
  }

  public static String duplicateRelation(String entity, String name) {
    return tag(
        "duplicate-relation",
        entity + " has two relations named '" + name + "': give one another name"
            + " (@ForeignKey(name/related = …) or @Relation(name = …))");
  }

  public static String relationKeySyntax(String pair) {
    return tag(
        "relation-key",
        "relation key '" + pair + "' must read 'localProperty = targetProperty'");
  }

  public static String unknownKeyProperty(String entity, String name, Collection<String> valid) {
    return tag(
        "unknown-property",
        entity + " has no property '" + name + "'; " + Names.suggest(name, valid));
  }

  public static String keyTypeMismatch(String left, String leftType, String right, String rightType) {
    return tag(
        "relation-key-type",
        "relation key compares " + left + " (" + leftType + ") with " + right + " (" + rightType
            + "); the two sides must have comparable types");
  }

  public static String relationWithoutFrom() {
    return tag(
        "relation-from",
        "@Relation on a @Dao interface must say which entity it starts from: add from = X.class");
  }

  // ---- DAOs

  public static String daoNotInterface(String type) {
    return tag("dao-not-interface", "@Dao must annotate an interface, but " + type + " is not one");
  }

  public static String privateType(String type) {
    return tag(
        "private-type",
        type + " is private, or nested in a private type, so the generated DAO cannot use it;"
            + " make it package-private or public");
  }

  public static String missingSelect(String method) {
    return tag(
        "missing-select",
        "method " + method + " of a @Dao interface has no @Select; annotate it, or give it a"
            + " default body");
  }

  public static String inheritedWithoutSelect(String method, String from) {
    return tag(
        "missing-select",
        "this @Dao interface inherits abstract method " + method + "() from " + from + ", which"
            + " has no @Select (nor @Insert, @Update, @Delete, @Upsert) and no body; Tenon cannot implement it: give it a default body here,"
            + " or do not extend " + from);
  }

  public static String badAlias(String alias) {
    return tag(
        "bad-alias",
        "alias '" + alias + "' is not an identifier: use letters, digits and '_', starting with a"
            + " letter");
  }

  public static String duplicateAlias(String alias) {
    return tag(
        "duplicate-alias",
        "alias '" + alias + "' is declared twice: one alias is one join, so give the second join"
            + " its own 'as'");
  }

  public static String badPath(String path) {
    return tag("bad-path", "path '" + path + "' must read 'alias.relation', e.g. 'book.notes'");
  }

  public static String unknownAlias(String alias, Collection<String> valid) {
    return tag(
        "unknown-alias",
        "no alias '" + alias + "' is declared before this point; " + Names.suggest(alias, valid));
  }

  public static String aliasDeclaredBelow(String alias) {
    return tag(
        "unknown-alias",
        "alias '" + alias + "' is declared by a join written below this one: joins are read in"
            + " the order written, so move this join below the one that declares '" + alias + "'");
  }

  public static String unknownRelation(String entity, String name, Collection<String> valid) {
    return tag(
        "unknown-relation",
        entity + " has no relation '" + name + "'; " + Names.suggest(name, valid));
  }

  public static String unknownProperty(String alias, String entity, String name, Collection<String> valid) {
    return tag(
        "unknown-property",
        "alias '" + alias + "' (" + entity + ") has no property '" + name + "'; "
            + Names.suggest(name, valid));
  }

  public static String unqualifiedName(
      String name, Collection<String> aliases, Collection<String> aggregates) {
    String text =
        "'" + name + "' is neither an aggregate's 'as' nor qualified by an alias; write alias."
            + name + " (aliases: " + String.join(", ", aliases) + ")";
    if (!aggregates.isEmpty()) {
      text += "; " + Names.suggest(name, aggregates);
    }
    return tag("unqualified-name", text);
  }

  public static String correlatedAggregateUse(String name) {
    return tag(
        "correlated-aggregate",
        "aggregate '" + name + "' names an outer alias in its where/value, so it is a correlated"
            + " subquery that would be computed again here; use it only as a result component, or"
            + " filter its related rows by their own columns and parameters only");
  }

  public static String aggregateResultType(String component, String expected, String actual) {
    return tag(
        "aggregate-type",
        "component '" + component + "' receives " + expected + " but has type " + actual);
  }

  public static String aggregateNullable(String component) {
    return tag(
        "nullable-required",
        "component '" + component + "' can be null: the aggregate is NULL for a root without"
            + " related rows; use a boxed type with @Nullable, or Optional<…>");
  }

  public static String unknownParameter(String name, Collection<String> valid) {
    return tag(
        "unknown-parameter",
        "':" + name + "' names no parameter of this method; " + Names.suggest(name, valid));
  }

  public static String unusedParameter(String name) {
    return tag(
        "unused-parameter",
        "parameter '" + name + "' is not used: refer to it as ':" + name + "' in a condition, or"
            + " remove it");
  }

  public static String unknownFunction(String name, Collection<String> valid) {
    return tag(
        "unknown-function",
        "function '" + name + "' is not supported; " + Names.suggest(name, valid));
  }

  public static String syntax(String attribute, String source, String message, int offset) {
    return tag(
        "syntax",
        "syntax error in " + attribute + " at position " + (offset + 1) + ": " + message + "\n  "
            + source + "\n  " + " ".repeat(Math.max(0, offset)) + "^");
  }

  public static String subquery(String attribute, String source, int offset) {
    return tag(
        "subquery",
        attribute + " contains a subquery at position " + (offset + 1) + ", and subqueries are not"
            + " part of Tenon's condition language:\n  " + source + "\n  "
            + " ".repeat(Math.max(0, offset)) + "^\n  to test or count related rows, declare"
            + " @Exists(path = \"alias.relation\", where = \"…\", as = \"name\") or @Count(…) on the"
            + " method and name it in @Where or @OrderBy; to filter by a related row, join it with"
            + " @InnerJoin(path = …, on = …)");
  }

  public static String pathThroughColumn(
      String entity, String alias, String column, java.util.Collection<String> relations) {
    return tag(
        "unknown-relation",
        "'" + column + "' is a column of " + entity + " (alias '" + alias + "'), not a relation: a"
            + " path follows a relation to another entity ("
            + (relations.isEmpty()
                ? entity + " has none"
                : "relations of " + entity + ": " + String.join(", ", relations))
            + "); to read the column, name " + alias + "." + column + " in a condition, @OrderBy"
            + " or @Expr");
  }

  public static String functionArity(String name, String expected, int actual) {
    return tag(
        "function-arity",
        "function '" + name + "' takes " + expected + " argument(s), not " + actual);
  }

  public static String notACondition(String attribute, String source, String actual) {
    return tag(
        "not-a-condition",
        attribute + " must be a condition (true or false), but '" + source + "' is " + actual);
  }

  public static String typeMismatch(String source, String detail) {
    return tag("type-mismatch", "in '" + source + "': " + detail);
  }

  public static String exprType(String component, String expected, String actual) {
    return tag(
        "expr-type",
        "component '" + component + "' has type " + expected + " but its @Expr is " + actual);
  }

  public static String aggregateValueType(String function, String actual) {
    return tag(
        "aggregate-value",
        function + " needs a number to aggregate, but the value is " + actual);
  }

  public static String collectionOutsideIn(String name) {
    return tag(
        "collection-parameter",
        "collection parameter ':" + name + "' can only stand alone in 'x IN (:" + name + ")'");
  }

  public static String pagingType(String annotation, String type) {
    return tag(
        "paging-type",
        "@" + annotation + " parameter must be int or long, not " + type);
  }

  public static String duplicatePaging(String annotation) {
    return tag("paging-type", "only one parameter may be @" + annotation);
  }

  // ---- results

  public static String returnType(String type) {
    return tag(
        "return-type",
        "Tenon cannot return " + type + "; return List<R>, Optional<R> or R, where R is the root"
            + " entity or a record whose components are named after aliases or annotated @Expr");
  }

  public static String otherEntityRow(
      String root, String rootAlias, String row, String rowSimple, Collection<String> rowAliases) {
    String alias = rowAliases.isEmpty() ? Character.toLowerCase(rowSimple.charAt(0)) + rowSimple.substring(1)
        : rowAliases.iterator().next();
    return tag(
        "return-type",
        "this query selects " + root + " rows (alias '" + rootAlias + "'), but the method returns "
            + row + ", a different entity; return " + root + " itself, or "
            + (rowAliases.isEmpty()
                ? "join " + rowSimple + " (@LeftJoin/@InnerJoin(path = \"" + rootAlias
                    + ".<relation>\", as = \"" + alias + "\")) and "
                : "")
            + "return a row record whose components are named after aliases, e.g. record Row("
            + root + " " + rootAlias + ", " + rowSimple + " " + alias + ")");
  }

  public static String inRowRecordElsewhere(String message, String component, String record) {
    return message + "\n  (component '" + component + "' of " + record + ", the row type of this"
        + " method, declared outside this DAO)";
  }

  public static String unmatchedComponent(String component, Collection<String> aliases) {
    return tag(
        "unmatched-component",
        "component '" + component + "' matches no alias and has no @Expr; "
            + Names.suggest(component, aliases));
  }

  public static String componentEntityMismatch(String component, String expected, String actual) {
    return tag(
        "component-type",
        "component '" + component + "' is the alias of " + expected + " but has type " + actual);
  }

  public static String nullableRequired(String component, String alias) {
    return tag(
        "nullable-required",
        "component '" + component + "' can be null: alias '" + alias + "' is outer-joined and"
            + " finds no row for some roots; annotate it @Nullable or make it Optional<…>");
  }

  public static String primitiveNullable(String component, String alias) {
    return tag(
        "primitive-nullable",
        "component '" + component + "' reads a column of outer-joined alias '" + alias
            + "', which can be NULL; use the boxed type and @Nullable, or Optional<…>");
  }

  public static String collectionNotToMany(String component, String alias) {
    return tag(
        "collection-not-to-many",
        "component '" + component + "' is a List, but alias '" + alias + "' is "
            + (alias.isEmpty() ? "not a join" : "not a to-many join")
            + "; a List needs a join along a to-many relation, a to-one alias maps to one entity");
  }

  public static String notUnderCollection(String component, String collection) {
    return tag(
        "collection-element",
        "component '" + component + "' of the element record of '" + collection + "' must be '"
            + collection + "' itself or an alias joined under it (its path starting at '"
            + collection + "' or below)");
  }

  public static String aliasInsideCollection(String component, String collection) {
    return tag(
        "collection-element",
        "alias '" + component + "' is joined under collection '" + collection + "', so it has one"
            + " value per element, not per row: map it inside the element record of '"
            + collection + "'");
  }

  public static String pagingWithFoldedCollection(String collection) {
    return tag(
        "paging-folded-collection",
        "@Limit/@Offset page joined rows, which would cut collection '" + collection
            + "' short; load it with @LeftJoin(…, fetch = Fetch.BATCH) to page the roots");
  }

  public static String batchNotFromRoot(String alias, String root) {
    return tag(
        "batch-path",
        "Fetch.BATCH loads '" + alias + "' by the keys of the root '" + root + "': its path must"
            + " start at '" + root + "'");
  }

  public static String batchCompositeKey(String alias) {
    return tag(
        "batch-path",
        "Fetch.BATCH for '" + alias + "' needs a relation with a one-column key; use Fetch.JOIN");
  }

  public static String batchOnOuterAlias(String alias, String other) {
    return tag(
        "batch-on",
        "the 'on' of BATCH join '" + alias + "' names alias '" + other + "', which its own"
            + " statement does not have; it may name '" + alias + "' and parameters only");
  }

  public static String batchNotTopLevel(String alias) {
    return tag(
        "batch-path",
        "Fetch.BATCH is supported for collections of the row itself, not nested ones ('" + alias
            + "'); use Fetch.JOIN");
  }

  public static String streamWithBatch(String alias) {
    return tag(
        "stream-batch",
        "a Stream reads rows as they come, but Fetch.BATCH collection '" + alias + "' needs all"
            + " roots first; use Fetch.JOIN, or return a List");
  }

  public static String unmappedBatch(String alias) {
    return tag(
        "batch-unmapped",
        "Fetch.BATCH join '" + alias + "' is not mapped to a List component; remove fetch ="
            + " BATCH or add a List component named '" + alias + "'");
  }

  // ---- warnings

  public static String whereOnOuterJoin(String alias) {
    return tag(
        "where-on-outer-join",
        "@Where tests a column of outer-joined alias '" + alias + "', which turns the LEFT JOIN"
            + " into an inner one (rows without a match vanish); move the test into that join's"
            + " 'on'");
  }

  public static String unusedAggregate(String as) {
    return tag(
        "unused-aggregate",
        "'" + as + "' is computed on every call but nothing uses it: map it to a result component"
            + " named '" + as + "', use it in @Where or @OrderBy, or remove it");
  }

  public static String unusedJoin(String alias, boolean toMany) {
    return tag(
        "unused-join",
        "left join '" + alias + "' is not used: no component maps it and no condition, @OrderBy,"
            + " aggregate or other join names it, yet it is joined on every call"
            + (toMany
                ? ", and as a to-many relation it repeats each root row once per related row"
                : "")
            + "; map it to a component named '" + alias + "', use it, or remove it");
  }

  public static String toManyAsSingle(String component) {
    return tag(
        "to-many-as-single",
        "'" + component + "' joins a to-many relation but is mapped to one entity, so the result"
            + " has one row per related row; map it to a List<…>, or give the join an 'on' that"
            + " picks at most one row");
  }

  public static String multiplyingCollections(java.util.List<String> collections) {
    return tag(
        "multiplying-collections",
        "collections " + String.join(", ", collections) + " are folded from one statement, so"
            + " their rows multiply each other (the lists stay right, the rows read grow as the"
            + " product); load all but one with fetch = Fetch.BATCH");
  }

  public static String orderByConstant(String item) {
    return tag(
        "order-by-constant",
        "@OrderBy item '" + item + "' names no column: a number sorts by that SELECT position and"
            + " text is an error on PostgreSQL; sort by alias.property");
  }

  public static String distinctOrderBy(String alias) {
    return tag(
        "distinct-order-by",
        "with distinct = true the database can only sort by selected columns, but alias '" + alias
            + "' is not in the result; sort by a column of a selected alias, or map '" + alias
            + "' into the result");
  }

  public static String distinctOrderByExpression(String item) {
    return tag(
        "distinct-order-by",
        "with distinct = true the database can only sort by what is selected, but @OrderBy item '"
            + item + "' is an expression the result does not select; select it with an @Expr"
            + " component of the same expression, or sort by a selected alias.property");
  }

  public static String emptyColumn(String component) {
    return tag("empty-column", "@Column on " + component + " names no column: give the column's name");
  }

  public static String batchToOne(String alias) {
    return tag(
        "batch-path",
        "Fetch.BATCH loads collections, but '" + alias + "' joins a to-one relation; remove fetch"
            + " = BATCH");
  }

  public static String primitiveNull(String component) {
    return tag(
        "primitive-nullable",
        "component '" + component + "' is primitive but its @Expr can be NULL; use the boxed type"
            + " and @Nullable, or Optional<…>");
  }

  public static String nestedInnerJoinOn(String alias, String outer, String other) {
    return tag(
        "nested-join-on",
        "inner join '" + alias + "' hangs under outer join '" + outer + "', so it is written"
            + " inside it, where '" + other + "' is not visible; its 'on' may name '" + outer
            + "', the inner joins under it, and parameters");
  }

  public static String lockUnsupported(String lock, String dialect) {
    return tag(
        "lock-unsupported",
        "lock = Lock." + lock + " cannot be kept on " + dialect + ", which has no row locks (it"
            + " locks the whole database per transaction); remove the lock, or use"
            + " Dialect.AUTO, where the " + dialect + " statement runs without a lock clause");
  }

  public static String lockDistinct(String lock) {
    return tag(
        "lock-distinct",
        "lock = Lock." + lock + " cannot lock DISTINCT rows, which belong to no one table row;"
            + " remove distinct = true or the lock");
  }

  public static String aggregateFunctionPosition(String function) {
    return tag(
        "aggregate-function-position",
        "'" + function + "(…)' is an aggregate function, which may stand in @Expr, @OrderBy and"
            + " @Having only; to filter groups use @Having, and per root row @Count or @Aggregate");
  }

  public static String nestedAggregateFunction(String inner, String outer) {
    return tag(
        "aggregate-function-position",
        "'" + inner + "(…)' inside '" + outer + "(…)': aggregate functions do not nest");
  }

  public static String ungroupedComponent(String component, String reads) {
    return tag(
        "ungrouped",
        "component '" + component + "' reads " + reads + ", which is neither in @GroupBy nor"
            + " inside an aggregate function (count, sum, avg, min, max); add it to @GroupBy, or"
            + " aggregate it");
  }

  public static String ungroupedEntity(String component, String alias, String ids) {
    return tag(
        "ungrouped",
        "component '" + component + "' is the whole entity of alias '" + alias + "', but"
            + " @GroupBy does not name its @Id; add " + ids + " to @GroupBy");
  }

  public static String ungroupedItem(String attribute, String source, String reads) {
    return tag(
        "ungrouped",
        attribute + " '" + source + "' reads " + reads + ", which is neither in @GroupBy nor"
            + " inside an aggregate function; add it to @GroupBy, or aggregate it");
  }

  public static String ungroupedValue(String component, String kind) {
    return tag(
        "ungrouped",
        "component '" + component + "' is " + kind + ", which a grouped query cannot hold; remove"
            + " it, or compute it with an aggregate function in @Expr");
  }

  public static String havingWithoutGrouping() {
    return tag(
        "having-without-grouping",
        "@Having filters the groups of @GroupBy, but this method has no @GroupBy; add @GroupBy,"
            + " or filter rows with @Where");
  }

  public static String scalarType(String method, String returns, String source, String actual) {
    return tag(
        "scalar-type",
        "method '" + method + "' returns " + returns + " but its @Expr '" + source + "' is "
            + actual + "; return a type that holds " + actual);
  }

  public static String scalarUnsupported(String method, String returns) {
    return tag(
        "scalar-type",
        "method '" + method + "' has @Expr, so it returns one value per row, but " + returns
            + " holds no supported value type; return List<T>, Optional<T>, Stream<T> or T of a"
            + " value type (String, Long, LocalDate, …)");
  }

  public static String scalarPrimitive(String method, String type) {
    return tag(
        "scalar-type",
        "method '" + method + "' returns primitive " + type + ", which needs a value on every"
            + " call; only an aggregate over the whole query without @GroupBy (count(*)) has one"
            + " row always; return Optional<…> or the boxed type, or aggregate");
  }

  public static String pageWithoutLimit(String method) {
    return tag(
        "page-without-limit",
        "method '" + method + "' returns Page<…> but has no @Limit parameter, so there is no page"
            + " to cut; add an int or long parameter annotated @Limit (and @Offset), or return"
            + " List<…>");
  }

  public static String optionalPrimitive(String parameter, String type) {
    return tag(
        "optional-primitive",
        "@Where(optional = true) is left out when ':" + parameter + "' is null, but it is a "
            + type + ", which cannot be null; make it the boxed type, or the condition not optional");
  }

  public static String optionalWithoutParameter() {
    return tag(
        "optional-without-parameter",
        "@Where(optional = true) names no parameter, so nothing could leave it out; name the"
            + " parameter whose null drops it, or remove optional = true");
  }

  public static String tooManyOptional(int count, int most) {
    return tag(
        "too-many-optional",
        count + " optional @Where conditions make " + (1 << count) + " statements per dialect;"
            + " at most " + most + " are allowed: combine some into one condition");
  }
}
