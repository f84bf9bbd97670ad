package dev.tenon.processor.schema;

import dev.tenon.Dialect;
import dev.tenon.Select;
import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.SchemaMessages;
import dev.tenon.processor.model.BatchModel;
import dev.tenon.processor.model.DaoModel;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.MethodModel;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.model.QueryModel;
import dev.tenon.processor.model.WriteKind;
import dev.tenon.processor.model.WriteModel;
import dev.tenon.processor.parse.Annotations;
import dev.tenon.processor.sql.PlannedWrite;
import dev.tenon.processor.sql.SqlPlanner;
import dev.tenon.processor.sql.WritePlanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;

/**
 * The one seam between the processor and the checks against the real schema ({@code
 * -Atenon.schema}, API.md §9). Where it sits in parse → check → sql → write:
 *
 * <ul>
 *   <li>the migrations are read once, before any entity is checked: the catalog is an input to
 *       checking, like the annotations;
 *   <li>{@link #entity} runs after an entity is parsed (tables, columns, types, nullability, keys);
 *   <li>{@link #statements} runs after a DAO is checked and its SQL planned, on the planned text,
 *       and before anything is written: a statement wrong for the schema stops its class. It
 *       also checks what writes need from the table (an upsert's unique key, the NOT NULL
 *       columns an insert must fill).
 * </ul>
 *
 * Nothing here is imported by {@code check}, {@code sql} or {@code write}. Without the option
 * {@link #NONE} does nothing and reads nothing.
 */
public final class SchemaCheck {
  public static final String OPTION = "tenon.schema";
  public static final String DIALECT_OPTION = "tenon.schema.dialect";

  /** No schema given: every call is a no-op. */
  public static final SchemaCheck NONE = new SchemaCheck(null);

  private final SchemaCatalog catalog;
  /** Tables an entity check already reported, so one mistake gives one error. */
  private final Set<String> reported = new HashSet<>();

  private SchemaCheck(SchemaCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The warnings this check makes redundant, to suppress in every DAO: with a schema, an upsert
   * key's uniqueness is checked against its constraints ({@code schema-upsert-key}), so the
   * model-only {@code upsert-key} warning has nothing to add.
   */
  public Set<String> replacedWarnings() {
    return catalog == null ? Set.of() : Set.of("tenon:upsert-key");
  }

  /**
   * Reads the migrations the options name and reports what it could not read (warnings) or an
   * unusable option (an error); {@link #NONE} when the option is absent or unusable.
   */
  public static SchemaCheck from(Map<String, String> options, Diagnostics diagnostics) {
    try {
      return read(options, diagnostics);
    } catch (RuntimeException e) {
      // e.g. a path the file system cannot name: the user's option, not a Tenon fault
      diagnostics.error(Origin.NONE, SchemaMessages.option("could not use -A" + OPTION + ": " + e));
      return NONE;
    }
  }

  private static SchemaCheck read(Map<String, String> options, Diagnostics diagnostics) {
    String paths = options.get(OPTION);
    if (paths == null || paths.isBlank()) {
      return NONE;
    }
    String dialectName = options.get(DIALECT_OPTION);
    Dialect dialect;
    try {
      dialect = Dialect.valueOf(dialectName == null ? "" : dialectName.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      dialect = null;
    }
    if (dialect == null || dialect == Dialect.AUTO) {
      diagnostics.error(Origin.NONE, SchemaMessages.option(
          "-A" + DIALECT_OPTION + "=" + dialectName + " is not a dialect; with -A" + OPTION
              + " name the DDL's dialect: POSTGRES, MYSQL, H2 or SQLITE"));
      return NONE;
    }
    SchemaCatalog catalog = new SchemaCatalog(dialect);
    DdlReader reader = new DdlReader(catalog);
    for (String each : paths.split(",")) {
      Path path = Path.of(each.strip());
      if (!Files.exists(path)) {
        diagnostics.error(Origin.NONE, SchemaMessages.option(
            "-A" + OPTION + " names " + path.toAbsolutePath() + ", which does not exist; give a"
                + " .sql file or a folder of migrations (in Maven, start it with ${project.basedir})"));
        return NONE;
      }
      try {
        for (Path file : Migrations.ordered(path)) {
          reader.apply(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
      } catch (IOException | RuntimeException e) {
        diagnostics.error(Origin.NONE, SchemaMessages.option("could not read " + path + ": " + e));
        return NONE;
      }
    }
    for (SchemaCatalog.Unread unread : catalog.unread()) {
      String statement = unread.statement().replaceAll("\\s+", " ");
      diagnostics.warning(Origin.NONE, SchemaMessages.unreadable(unread.where(),
          statement.length() > 120 ? statement.substring(0, 117) + "..." : statement, unread.reason()));
    }
    return new SchemaCheck(catalog);
  }

  /** Checks one parsed entity against the schema. */
  public void entity(Entity entity, Diagnostics diagnostics) {
    if (catalog == null) {
      return;
    }
    EntitySchemaChecker checker = new EntitySchemaChecker(catalog, diagnostics);
    int before = diagnostics.errorCount();
    checker.check(entity);
    if (diagnostics.errorCount() != before) {
      reported.add(checker.stored(entity.table()));
    }
  }

  /**
   * Validates every statement the DAO's class will carry for the schema's dialect; false when one
   * names something the schema does not have (each reported on its method).
   */
  public boolean statements(DaoModel dao, Diagnostics diagnostics) {
    if (catalog == null || !dao.dialects().contains(catalog.dialect())) {
      return true;
    }
    StatementValidator validator = new StatementValidator(catalog);
    boolean clean = true;
    for (MethodModel method : dao.methods()) {
      List<QueryModel> queries = new ArrayList<>();
      queries.add(method.query());
      for (BatchModel batch : method.batches()) {
        queries.add(batch.query());
      }
      for (QueryModel query : queries) {
        String sql = SqlPlanner.plan(query, catalog.dialect()).sql();
        for (String problem : validator.problems(sql, reported)) {
          clean = false;
          diagnostics.error(origin(method),
              SchemaMessages.statement(method.element().getSimpleName() + "()",
                  catalog.dialect().name(), problem, sql));
        }
      }
    }
    for (WriteModel write : dao.writes()) {
      clean &= write(write, validator, diagnostics);
    }
    return clean;
  }

  /** A write's key and left-out columns against its table, then its statements' names. */
  private boolean write(WriteModel write, StatementValidator validator, Diagnostics diagnostics) {
    Entity entity = write.entity();
    EntitySchemaChecker names = new EntitySchemaChecker(catalog, diagnostics);
    String stored = names.stored(entity.table());
    SchemaTable table = catalog.table(stored);
    if (table == null || reported.contains(stored)) {
      return true; // reported on the entity already
    }
    AnnotationMirror mirror = writeMirror(write);
    String method = write.element().getSimpleName() + "()";
    boolean clean = true;
    if (write.kind() == WriteKind.UPSERT) {
      List<String> key = write.key().stream().map(p -> names.stored(p.column())).toList();
      if (!table.isKey(key)) {
        clean = false;
        String keys = table.primaryKey().isEmpty() ? "it has no primary key" : "primary key " + table.primaryKey();
        diagnostics.error(
            new Origin(write.element(), mirror, mirror == null ? null : Annotations.explicitValue(mirror, "key")),
            SchemaMessages.upsertKey(method, String.join(", ", key), table.name(), keys));
      }
    }
    if ((write.kind() == WriteKind.INSERT || write.kind() == WriteKind.UPSERT) && write.ofEntity()) {
      Set<String> inserted = new HashSet<>();
      for (Property property : entity.properties()) {
        inserted.add(names.stored(property.column()));
      }
      for (SchemaColumn column : table.columns()) {
        if (column.notNull() && !column.filled() && !inserted.contains(column.name())) {
          clean = false;
          diagnostics.error(new Origin(write.element(), mirror, null),
              SchemaMessages.insertLeavesOut(method, table.name() + "." + column.name(),
                  column.ddl() + ", in the statement at " + column.origin(), entity.simpleName()));
        }
      }
    }
    PlannedWrite planned = WritePlanner.plan(write, catalog.dialect());
    List<String> statements = new ArrayList<>();
    statements.add(planned.sql());
    if (planned.reread() != null) {
      statements.add(planned.reread());
    }
    for (String sql : statements) {
      for (String problem : validator.problems(sql, reported)) {
        clean = false;
        diagnostics.error(new Origin(write.element(), mirror, null),
            SchemaMessages.statement(method, catalog.dialect().name(), problem, sql));
      }
    }
    return clean;
  }

  private static AnnotationMirror writeMirror(WriteModel write) {
    String name = "dev.tenon." + write.kind().annotation().substring(1);
    for (AnnotationMirror mirror : write.element().getAnnotationMirrors()) {
      if (mirror.getAnnotationType().toString().equals(name)) {
        return mirror;
      }
    }
    return null;
  }

  private static Origin origin(MethodModel method) {
    for (AnnotationMirror mirror : method.element().getAnnotationMirrors()) {
      if (mirror.getAnnotationType().toString().equals(Select.class.getCanonicalName())) {
        return new Origin(method.element(), mirror, null);
      }
    }
    return Origin.of(method.element());
  }
}
