package dev.tenon.processor.check;

import dev.tenon.Dao;
import dev.tenon.Delete;
import dev.tenon.Insert;
import dev.tenon.Update;
import dev.tenon.Upsert;
import dev.tenon.Dialect;
import dev.tenon.Relation;
import dev.tenon.Relations;
import dev.tenon.Select;
import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.diag.Messages;
import dev.tenon.processor.diag.TypeMessages;
import dev.tenon.processor.diag.WriteMessages;
import dev.tenon.processor.model.DaoConverters;
import dev.tenon.processor.model.DaoModel;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.MethodModel;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.model.ValueType;
import dev.tenon.processor.model.WriteKind;
import dev.tenon.processor.model.WriteModel;
import dev.tenon.processor.parse.Annotations;
import dev.tenon.processor.parse.Catalog;
import dev.tenon.processor.parse.RelationSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks a {@code @Dao} interface and every method in it, reporting all mistakes at once, and
 * builds the model the writer turns into a class. Nothing is written for an interface with errors.
 */
public final class DaoChecker {
  private final Elements elements;
  private final Types types;
  private final Catalog catalog;
  private final Annotations annotations;
  private final Diagnostics diagnostics;
  private final Set<String> suppressedEverywhere;
  private final ParameterReader parameters;
  private final ResultChecker results;

  public DaoChecker(
      Elements elements, Types types, Catalog catalog, Annotations annotations, Diagnostics diagnostics) {
    this(elements, types, catalog, annotations, diagnostics, Set.of());
  }

  /** {@code suppressedEverywhere}: warnings another check makes redundant in every DAO. */
  public DaoChecker(
      Elements elements,
      Types types,
      Catalog catalog,
      Annotations annotations,
      Diagnostics diagnostics,
      Set<String> suppressedEverywhere) {
    this.suppressedEverywhere = Set.copyOf(suppressedEverywhere);
    this.elements = elements;
    this.types = types;
    this.catalog = catalog;
    this.annotations = annotations;
    this.diagnostics = diagnostics;
    this.parameters = new ParameterReader(types, elements, annotations, diagnostics);
    this.results = new ResultChecker(annotations, diagnostics);
  }

  /** The checked interface, or null when it has errors (all reported). */
  public DaoModel check(TypeElement type) {
    int errorsBefore = diagnostics.errorCount();
    AnnotationMirror dao = annotations.find(type, Dao.class);
    if (type.getKind() != ElementKind.INTERFACE) {
      diagnostics.error(new Origin(type, dao, null), Messages.daoNotInterface(type.toString()));
      return null;
    }
    if (Catalog.isPrivate(type)) {
      diagnostics.error(new Origin(type, dao, null), Messages.privateType(type.toString()));
      return null;
    }
    Dialect declared = Dialect.valueOf(annotations.enumName(dao, "dialect"));
    Map<String, Map<String, dev.tenon.processor.model.Relation>> daoRelations = daoRelations(type);
    Set<String> typeSuppressed = suppressed(type);
    typeSuppressed.addAll(suppressedEverywhere);
    ParameterReader parameters = daoParameters(type, dao);
    List<MethodModel> methods = new ArrayList<>();
    List<WriteModel> writes = new ArrayList<>();
    boolean complete = true;
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (!method.getModifiers().contains(Modifier.ABSTRACT)
          || method.getEnclosingElement().getKind() != ElementKind.INTERFACE) {
        continue;
      }
      Set<String> suppressed = new HashSet<>(typeSuppressed);
      suppressed.addAll(suppressed(method));
      AnnotationMirror select = annotations.find(method, Select.class);
      Map<WriteKind, AnnotationMirror> writeAnnotations = writeAnnotations(method);
      if (select != null && !writeAnnotations.isEmpty() || writeAnnotations.size() > 1) {
        List<String> names = new ArrayList<>();
        if (select != null) {
          names.add("@Select");
        }
        writeAnnotations.keySet().forEach(kind -> names.add(kind.annotation()));
        diagnostics.error(
            Origin.of(method),
            WriteMessages.severalStatements(method.getSimpleName().toString(), names));
        complete = false;
        continue;
      }
      if (!writeAnnotations.isEmpty()) {
        Map.Entry<WriteKind, AnnotationMirror> write = writeAnnotations.entrySet().iterator().next();
        WriteModel model =
            new WriteChecker(
                    types, elements, catalog, annotations, diagnostics, parameters, daoRelations, suppressed)
                .check(method, write.getKey(), write.getValue());
        if (model == null) {
          complete = false;
        } else {
          writes.add(model);
        }
        continue;
      }
      if (select == null && !method.getEnclosingElement().equals(type)) {
        // Inherited (AutoCloseable.close(), a base interface): not that type's fault, and in a
        // class file it has no source line at all. The DAO that inherits it is the place.
        diagnostics.error(
            new Origin(type, dao, null),
            Messages.inheritedWithoutSelect(
                method.getSimpleName().toString(), method.getEnclosingElement().toString()));
        continue;
      }
      if (select == null) {
        diagnostics.error(Origin.of(method), Messages.missingSelect(method.getSimpleName().toString()));
        continue;
      }
      QueryChecker checker =
          new QueryChecker(catalog, annotations, diagnostics, parameters, results, daoRelations, suppressed);
      MethodModel model = checker.check(method, select);
      if (model == null) {
        complete = false; // also when the error is its entity's, reported there and not here
      } else {
        methods.add(model);
      }
    }
    if (declared == Dialect.SQLITE) {
      checkNoLocks(methods);
    }
    if (!complete || diagnostics.errorCount() != errorsBefore) {
      return null;
    }
    for (Map.Entry<String, List<ValueType.Converted>> entry :
        DaoConverters.of(methods, writes).entrySet()) {
      if (entry.getValue().size() > 1) {
        diagnostics.error(
            new Origin(type, dao, null),
            TypeMessages.converterName(
                entry.getKey(),
                entry.getValue().get(0).converter().toString(),
                entry.getValue().get(1).converter().toString()));
        return null;
      }
    }
    List<Dialect> dialects =
        declared == Dialect.AUTO
            ? List.of(Dialect.H2, Dialect.POSTGRES, Dialect.MYSQL, Dialect.SQLITE)
            : List.of(declared);
    PackageElement pkg = elements.getPackageOf(type);
    return new DaoModel(
        type,
        pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString(),
        generatedName(type),
        declared,
        dialects,
        methods,
        writes);
  }

  /** The parameter reader with this DAO's {@code converters}, each checked once (reported). */
  private ParameterReader daoParameters(TypeElement type, AnnotationMirror dao) {
    List<TypeElement> converters = new ArrayList<>();
    for (AnnotationValue value : annotations.list(dao, "converters")) {
      if (value.getValue() instanceof javax.lang.model.type.DeclaredType declared) {
        converters.add((TypeElement) declared.asElement());
      }
    }
    return this.parameters.withDaoConverters(converters);
  }

  /** The write annotations on {@code method}, in the order of {@link WriteKind}. */
  private Map<WriteKind, AnnotationMirror> writeAnnotations(ExecutableElement method) {
    Map<WriteKind, AnnotationMirror> found = new java.util.EnumMap<>(WriteKind.class);
    Map<WriteKind, Class<? extends java.lang.annotation.Annotation>> types =
        Map.of(WriteKind.INSERT, Insert.class, WriteKind.UPDATE, Update.class,
            WriteKind.DELETE, Delete.class, WriteKind.UPSERT, Upsert.class);
    for (WriteKind kind : WriteKind.values()) {
      AnnotationMirror mirror = annotations.find(method, types.get(kind));
      if (mirror != null) {
        found.put(kind, mirror);
      }
    }
    return found;
  }

  /**
   * SQLite locks the whole database, not rows: a DAO made only for SQLite cannot keep a lock's
   * promise (with AUTO the SQLite statement just has no lock clause, as documented).
   */
  private void checkNoLocks(List<MethodModel> methods) {
    for (MethodModel method : methods) {
      if (method.query().lock() != dev.tenon.Lock.NONE) {
        AnnotationMirror select = annotations.find(method.element(), Select.class);
        diagnostics.error(
            new Origin(method.element(), select, Annotations.explicitValue(select, "lock")),
            Messages.lockUnsupported(method.query().lock().name(), "SQLITE"));
      }
    }
  }

  /** {@code Outer.Inner → TenonOuter_Inner}. */
  static String generatedName(TypeElement type) {
    List<String> names = new ArrayList<>();
    Element current = type;
    while (current instanceof TypeElement) {
      names.add(0, current.getSimpleName().toString());
      current = current.getEnclosingElement();
    }
    return "Tenon" + String.join("_", names);
  }

  /** {@code @Relation}s declared on the DAO, by the entity they start from. */
  private Map<String, Map<String, dev.tenon.processor.model.Relation>> daoRelations(TypeElement type) {
    Map<String, Map<String, dev.tenon.processor.model.Relation>> byEntity = new HashMap<>();
    for (AnnotationMirror mirror : annotations.findRepeated(type, Relation.class, Relations.class)) {
      TypeElement from = annotations.type(mirror, "from");
      AnnotationValue fromValue = Annotations.explicitValue(mirror, "from");
      if (from == null) {
        diagnostics.error(new Origin(type, mirror, null), Messages.relationWithoutFrom());
        continue;
      }
      if (!catalog.isEntity(from)) {
        diagnostics.error(
            new Origin(type, mirror, fromValue),
            Messages.notAnEntity(from.getQualifiedName().toString(), "@Relation(from = …)"));
        continue;
      }
      Entity source = catalog.entity(from);
      if (source == null) {
        continue;
      }
      Map<String, dev.tenon.processor.model.Relation> relations =
          byEntity.computeIfAbsent(source.qualifiedName(), k -> new LinkedHashMap<>());
      dev.tenon.processor.model.Relation relation = RelationSupport.read(catalog, source, type, mirror);
      if (relation == null) {
        continue;
      }
      if (relations.containsKey(relation.name())
          || catalog.relations(source).containsKey(relation.name())) {
        diagnostics.error(
            relation.origin(), Messages.duplicateRelation(source.simpleName(), relation.name()));
        continue;
      }
      relations.put(relation.name(), relation);
    }
    return byEntity;
  }

  private Set<String> suppressed(Element element) {
    Set<String> names = new HashSet<>();
    SuppressWarnings suppress = element.getAnnotation(SuppressWarnings.class);
    if (suppress != null) {
      names.addAll(List.of(suppress.value()));
    }
    return names;
  }
}
