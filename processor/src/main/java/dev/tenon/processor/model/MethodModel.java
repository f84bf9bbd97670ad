package dev.tenon.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * A checked DAO method: its query, how rows are built and returned.
 *
 * @param parameters in declaration order
 */
public record MethodModel(
    ExecutableElement element,
    QueryModel query,
    ReturnKind returnKind,
    RowShape row,
    List<Parameter> parameters) {

  public MethodModel {
    parameters = List.copyOf(parameters);
  }
}
