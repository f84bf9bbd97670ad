package dev.tenon.processor.model;

import dev.tenon.Dialect;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A checked {@code @Dao} interface, ready to write.
 *
 * @param generatedName simple name of the class to write ({@code TenonBookQueries})
 * @param dialects the dialects to make SQL for
 * @param methods the queries
 * @param writes the inserts, updates, deletes and upserts
 */
public record DaoModel(
    TypeElement type,
    String packageName,
    String generatedName,
    Dialect declared,
    List<Dialect> dialects,
    List<MethodModel> methods,
    List<WriteModel> writes) {

  public DaoModel {
    dialects = List.copyOf(dialects);
    methods = List.copyOf(methods);
    writes = List.copyOf(writes);
  }

  /** A DAO with queries only. */
  public DaoModel(
      TypeElement type,
      String packageName,
      String generatedName,
      Dialect declared,
      List<Dialect> dialects,
      List<MethodModel> methods) {
    this(type, packageName, generatedName, declared, dialects, methods, List.of());
  }
}
