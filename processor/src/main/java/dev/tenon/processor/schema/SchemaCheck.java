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
import dev.tenon.processor.model.QueryModel;
import dev.tenon.processor.sql.SqlPlanner;
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
 *       and before anything is written: a statement wrong for the schema stops its class.
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
   * Reads the migrations the options name and reports what it could not read (warnings) or an
   * unusable option (an error); {@link #NONE} when the option is absent or unusable.
   */
  public static SchemaCheck from(Map<String, String> options, Diagnostics diagnostics) {
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
    return clean;
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
