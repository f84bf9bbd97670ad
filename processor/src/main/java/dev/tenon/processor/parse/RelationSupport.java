package dev.tenon.processor.parse;

import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.Relation;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** Reads a {@code @Relation} declared on a DAO, for the checker (the reader is package-private). */
public final class RelationSupport {
  private RelationSupport() {}

  /** The relation from {@code source}, or null when it has errors (reported). */
  public static Relation read(Catalog catalog, Entity source, Element on, AnnotationMirror mirror) {
    return catalog.relationReader().read(source, on, mirror);
  }
}
