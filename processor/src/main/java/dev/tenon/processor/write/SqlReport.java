package dev.tenon.processor.write;

import dev.tenon.Dialect;
import dev.tenon.processor.model.BatchModel;
import dev.tenon.processor.model.Property;
import dev.tenon.processor.sql.Binding;
import dev.tenon.processor.sql.PlannedSql;
import dev.tenon.processor.sql.PlannedWrite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every statement of one DAO as a reviewable file, {@code META-INF/tenon/<DAO's qualified
 * name>.sql}: per method and dialect the SQL exactly as the generated class runs it, and what each
 * {@code ?} binds, in order. A DBA can read it in a pull request and a test can diff it.
 *
 * <p>It is fed with {@link Entry entries}, not with query models, so any writer can add its
 * statements: a writer that plans a statement calls {@link #add(String, String, Map)} with the
 * same {@link PlannedSql} it turns into the class's constants, and the report cannot drift from
 * the code.
 */
public final class SqlReport {

  /**
   * One statement for one dialect.
   *
   * @param method the DAO method it belongs to
   * @param statement which of the method's statements, {@code ""} for its only or main one (a
   *     {@code Fetch.BATCH} collection has its own: {@code "batch notes"})
   * @param parameters what each {@code ?} binds, in order: the method parameter's name
   */
  public record Entry(
      String method, String statement, Dialect dialect, String sql, List<String> parameters) {
    public Entry {
      parameters = List.copyOf(parameters);
    }
  }

  private final String dao;
  private final List<Entry> entries = new ArrayList<>();

  /** A report for the DAO interface named {@code qualifiedDaoName}. */
  public SqlReport(String qualifiedDaoName) {
    this.dao = qualifiedDaoName;
  }

  /** Where the processor writes it in the class output: {@code META-INF/tenon/<dao>.sql}. */
  public String resourceName() {
    return "META-INF/tenon/" + dao + ".sql";
  }

  public void add(Entry entry) {
    entries.add(entry);
  }

  /** One entry per dialect of a planned statement. */
  public void add(String method, String statement, Map<Dialect, PlannedSql> planned) {
    for (Map.Entry<Dialect, PlannedSql> each : planned.entrySet()) {
      add(new Entry(method, statement, each.getKey(), each.getValue().sql(), names(each.getValue())));
    }
  }

  /**
   * One entry per dialect of a planned write: its statement, and where the dialect reads the
   * stored row back by a second one (MySQL's upsert), that one as {@code "reread"}. Entity
   * columns are listed as {@code <entity parameter>.<property>}.
   */
  public void addWrite(String method, String entity, Map<Dialect, PlannedWrite> planned) {
    for (Map.Entry<Dialect, PlannedWrite> each : planned.entrySet()) {
      PlannedWrite write = each.getValue();
      List<String> parameters = new ArrayList<>();
      for (Property column : write.columns()) {
        parameters.add(entity + "." + column.name());
      }
      for (Binding binding : write.parameters()) {
        parameters.add(binding.array() ? binding.parameter().name() + " (collection, one parameter)"
            : binding.parameter().name());
      }
      add(new Entry(method, "", each.getKey(), write.sql(), parameters));
      if (write.reread() != null) {
        List<String> reread = new ArrayList<>();
        for (Property column : write.rereadColumns()) {
          reread.add(entity + "." + column.name());
        }
        add(new Entry(method, "reread", each.getKey(), write.reread(), reread));
      }
    }
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /**
   * The file: a header, then per statement the dialects that share its text, its parameters and
   * the SQL ended by a line {@code ;}. Dialects with the same SQL and parameters share a block.
   */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("-- SQL of ").append(dao).append(", as the generated class runs it.\n");
    out.append("-- Written by Tenon's processor on every compile; do not edit.\n");
    out.append("-- Each ? binds the parameter listed at its position.\n");
    Map<String, Map<List<Object>, List<Dialect>>> byStatement = new LinkedHashMap<>();
    Map<List<Object>, Entry> firstOfBlock = new LinkedHashMap<>();
    for (Entry entry : entries) {
      String statement = entry.method() + (entry.statement().isEmpty() ? "" : " " + entry.statement());
      List<Object> block = List.of(statement, entry.sql(), entry.parameters());
      byStatement
          .computeIfAbsent(statement, key -> new LinkedHashMap<>())
          .computeIfAbsent(block, key -> new ArrayList<>())
          .add(entry.dialect());
      firstOfBlock.putIfAbsent(block, entry);
    }
    for (Map.Entry<String, Map<List<Object>, List<Dialect>>> statement : byStatement.entrySet()) {
      for (Map.Entry<List<Object>, List<Dialect>> block : statement.getValue().entrySet()) {
        Entry entry = firstOfBlock.get(block.getKey());
        out.append("\n-- ").append(statement.getKey()).append(": ");
        out.append(String.join(", ", block.getValue().stream().map(Dialect::name).toList()));
        out.append('\n');
        out.append("-- parameters: ");
        out.append(entry.parameters().isEmpty() ? "none" : numbered(entry.parameters()));
        out.append('\n');
        out.append(entry.sql()).append("\n;\n");
      }
    }
    return out.toString();
  }

  private static String numbered(List<String> parameters) {
    List<String> numbered = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      numbered.add((i + 1) + " " + parameters.get(i));
    }
    return String.join(", ", numbered);
  }

  private static List<String> names(PlannedSql planned) {
    List<String> names = new ArrayList<>();
    for (Binding binding : planned.bindings()) {
      String name = binding.parameter().name();
      if (name.equals(BatchModel.KEYS)) {
        name = "(the parent rows' keys)";
      }
      names.add(binding.array() ? name + " (collection, one parameter)" : name);
    }
    return names;
  }
}
