package dev.tenon.processor.check;

import dev.tenon.Fetch;
import dev.tenon.processor.model.JoinType;
import javax.lang.model.element.AnnotationMirror;

/** A {@code @LeftJoin} or {@code @InnerJoin} as written, before its path is resolved. */
record JoinDeclaration(
    JoinType type, AnnotationMirror mirror, String path, String as, String on, Fetch fetch) {}
