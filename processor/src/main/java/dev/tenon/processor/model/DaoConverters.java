package dev.tenon.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ColumnConverter}s a DAO's statements bind or read through, by the constant that
 * holds each in the generated class. Walks every value of the model: entity columns of every
 * alias, parameters, expressions and aggregate values, BATCH statements and writes.
 */
public final class DaoConverters {
  private DaoConverters() {}

  /** Each constant name with the converters that would use it (more than one is a clash). */
  public static Map<String, List<ValueType.Converted>> of(
      List<MethodModel> methods, List<WriteModel> writes) {
    Map<String, List<ValueType.Converted>> byField = new LinkedHashMap<>();
    for (MethodModel method : methods) {
      collect(method.query(), byField);
      for (BatchModel batch : method.batches()) {
        collect(batch.query(), byField);
      }
      method.parameters().forEach(p -> collect(p.type(), byField));
    }
    for (WriteModel write : writes) {
      write.entity().properties().forEach(p -> collect(p.type(), byField));
      write.parameters().values().forEach(p -> collect(p.type(), byField));
    }
    return byField;
  }

  private static void collect(QueryModel query, Map<String, List<ValueType.Converted>> byField) {
    for (Alias alias : query.aliases().values()) {
      for (Property property : alias.entity().properties()) {
        collect(property.type(), byField);
      }
    }
    for (Parameter parameter : query.parameters().values()) {
      collect(parameter.type(), byField);
    }
    for (SelectItem item : query.select()) {
      if (item instanceof SelectItem.Expression expression) {
        collect(expression.type(), byField);
      } else if (item instanceof SelectItem.AggregateValue value) {
        collect(value.type(), byField);
      }
    }
  }

  private static void collect(ValueType type, Map<String, List<ValueType.Converted>> byField) {
    if (type == null || type.converted() == null) {
      return;
    }
    List<ValueType.Converted> users = byField.computeIfAbsent(type.converted().field(), k -> new ArrayList<>());
    String name = type.converted().converter().toString();
    if (users.stream().noneMatch(c -> c.converter().toString().equals(name))) {
      users.add(type.converted());
    }
  }
}
