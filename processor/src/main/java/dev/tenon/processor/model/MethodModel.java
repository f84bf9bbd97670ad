package dev.tenon.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * A checked DAO method: its query, how rows are built and returned.
 *
 * @param parameters in declaration order
 * @param batches the BATCH collections, each with its own statement
 * @param fold whether rows are folded into roots with collections
 */
public record MethodModel(
    ExecutableElement element,
    QueryModel query,
    ReturnKind returnKind,
    RowShape row,
    List<Parameter> parameters,
    List<BatchModel> batches,
    Fold fold) {

  public MethodModel {
    parameters = List.copyOf(parameters);
    batches = List.copyOf(batches);
  }

  /** Whether rows are folded (the row has collections): roots are built from several rows. */
  public enum Fold {
    NONE,
    FOLDED
  }
}
