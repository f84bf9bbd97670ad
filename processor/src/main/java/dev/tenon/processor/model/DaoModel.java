package dev.tenon.processor.model;

import dev.tenon.Dialect;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A checked {@code @Dao} interface, ready to write.
 *
 * @param generatedName simple name of the class to write ({@code TenonBookQueries})
 * @param dialects the dialects to make SQL for
 */
public record DaoModel(
    TypeElement type,
    String packageName,
    String generatedName,
    Dialect declared,
    List<Dialect> dialects,
    List<MethodModel> methods) {

  public DaoModel {
    dialects = List.copyOf(dialects);
    methods = List.copyOf(methods);
  }
}
