package dev.tenon.processor;

import dev.tenon.Dao;
import dev.tenon.Table;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The annotations the processor claims: every annotation type of package {@value #PACKAGE} that
 * the compile can see, repeatable containers ({@code LeftJoins}, {@code Counts} …) included, and
 * {@code @Generated} on the classes Tenon writes.
 *
 * <p>Why claim them at all: javac's {@code -Xlint:processing} warns "No processor claimed any of
 * these annotations" for every annotation that no processor both supports and claims (returns
 * {@code true} for), and teams building with {@code -Xlint:all -Werror} would fail on it. Tenon's
 * annotations mean nothing to any other processor, so claiming them takes nothing from anyone.
 *
 * <p>Why list the package instead of naming each class: a new annotation added to the runtime
 * (say {@code @Insert}) is claimed without touching the processor. The package is read from the
 * compile's own class path, so the set is always the annotations the user's code can use. Only
 * {@link #ALWAYS} is named, for a compile where the package cannot be listed (it is then all
 * javac needs to call the processor at all).
 *
 * <p>Why {@code javax.annotation.processing.Generated}: javac checks every round, and the round
 * that compiles Tenon's own classes sees their {@code @Generated}, which is not one of the few
 * annotations javac treats as its own. No processor reads it (its retention is {@code SOURCE});
 * claiming it only keeps the lint quiet about code the user did not write.
 */
final class ClaimedAnnotations {
  /** The package of the annotations users write; {@code dev.tenon.runtime} has none. */
  static final String PACKAGE = "dev.tenon";

  /** Claimed even when {@link #PACKAGE} cannot be listed. */
  private static final List<Class<?>> ALWAYS = List.of(Table.class, Dao.class);

  /** What {@code DaoWriter} marks its classes with. */
  private static final String GENERATED = "javax.annotation.processing.Generated";

  private ClaimedAnnotations() {}

  /** The canonical names javac should hand to the processor, in a stable order. */
  static Set<String> in(Elements elements) {
    Set<String> names = new LinkedHashSet<>();
    for (Class<?> type : ALWAYS) {
      names.add(type.getCanonicalName());
    }
    names.add(GENERATED);
    // A tool that asks before init has no Elements yet; the named ones are enough to be called.
    PackageElement tenon = elements == null ? null : elements.getPackageElement(PACKAGE);
    if (tenon != null) {
      for (Element member : tenon.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ANNOTATION_TYPE) {
          names.add(((TypeElement) member).getQualifiedName().toString());
        }
      }
    }
    return Collections.unmodifiableSet(names);
  }
}
