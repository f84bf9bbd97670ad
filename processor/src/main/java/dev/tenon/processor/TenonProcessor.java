package dev.tenon.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.tenon.Dao;
import dev.tenon.Table;
import dev.tenon.processor.check.DaoChecker;
import dev.tenon.processor.diag.Diagnostics;
import dev.tenon.processor.model.DaoModel;
import dev.tenon.processor.model.Entity;
import dev.tenon.processor.model.Origin;
import dev.tenon.processor.parse.Annotations;
import dev.tenon.processor.parse.Catalog;
import dev.tenon.processor.parse.WrittenOrder;
import dev.tenon.processor.schema.SchemaCheck;
import dev.tenon.processor.write.DaoWriter;
import dev.tenon.processor.write.SqlReport;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * Tenon's annotation processor: checks {@code @Table} entities and {@code @Dao} interfaces and
 * writes one {@code Tenon<Name>} class per interface. Thin on purpose: the work is in {@code
 * parse}, {@code check}, {@code sql} and {@code write}. One interface's errors never stop another's
 * class from being written, and no exception escapes: it becomes an error on the element.
 */
@AutoService(Processor.class)
public final class TenonProcessor extends AbstractProcessor {
  /** Every {@code @Table} type seen in any round, so later rounds still know the relations. */
  private final Set<String> knownEntities = new LinkedHashSet<>();
  /** DAOs that name types not generated yet, to check in a later round. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** The real schema from {@code -Atenon.schema}, read once in the first round; NONE without it. */
  private SchemaCheck schema;

  /** Every annotation of package {@code dev.tenon}: see {@link ClaimedAnnotations} for why. */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return ClaimedAnnotations.in(
        processingEnv == null ? null : processingEnv.getElementUtils());
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(SchemaCheck.OPTION, SchemaCheck.DIALECT_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Diagnostics diagnostics = new Diagnostics(processingEnv);
    Annotations reader =
        new Annotations(processingEnv.getElementUtils(), WrittenOrder.of(processingEnv));
    if (schema == null) {
      schema = SchemaCheck.from(processingEnv.getOptions(), diagnostics);
    }
    Set<TypeElement> entities = new LinkedHashSet<>();
    for (Element element : round.getElementsAnnotatedWith(Table.class)) {
      if (element instanceof TypeElement type) {
        entities.add(type);
        knownEntities.add(type.getQualifiedName().toString());
      }
    }
    Catalog catalog =
        new Catalog(
            processingEnv.getElementUtils(), processingEnv.getTypeUtils(), reader, diagnostics, knownEntities);
    for (TypeElement type : entities) {
      guarded(diagnostics, type, () -> {
        Entity entity = catalog.entity(type);
        if (entity != null) {
          catalog.relations(entity);
          schema.entity(entity, diagnostics);
        }
      });
    }
    DaoChecker checker =
        new DaoChecker(
            processingEnv.getElementUtils(),
            processingEnv.getTypeUtils(),
            catalog,
            reader,
            diagnostics,
            schema.replacedWarnings());
    Set<TypeElement> daos = new LinkedHashSet<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        daos.add(type);
      }
    }
    deferred.clear();
    for (Element element : round.getElementsAnnotatedWith(Dao.class)) {
      if (element instanceof TypeElement type) {
        daos.add(type);
      }
    }
    for (TypeElement type : daos) {
      if (!round.processingOver() && MissingTypes.any(type)) {
        // A type another processor has not generated yet: check this DAO in the next round.
        deferred.add(type.getQualifiedName().toString());
        continue;
      }
      {
        guarded(diagnostics, type, () -> {
          DaoModel model = checker.check(type);
          if (model != null && schema.statements(model, diagnostics)) {
            SqlReport report = new SqlReport(type.getQualifiedName().toString());
            write(DaoWriter.write(model, report), type);
            writeReport(report, type);
          }
        });
      }
    }
    // Claim Tenon's annotations, so -Xlint:processing has none to report as unclaimed.
    return true;
  }

  private void write(JavaFile file, TypeElement type) {
    // Render first: a failure while rendering must not leave a half-written source file.
    String source = file.toString();
    String name =
        file.packageName().isEmpty() ? file.typeSpec().name() : file.packageName() + "." + file.typeSpec().name();
    try (Writer writer = processingEnv.getFiler().createSourceFile(name, type).openWriter()) {
      writer.write(source);
    } catch (IOException e) {
      throw new IllegalStateException("could not write " + name, e);
    }
  }

  /** The DAO's SQL report, {@code META-INF/tenon/<dao>.sql}, next to its class files. */
  private void writeReport(SqlReport report, TypeElement type) {
    String text = report.render();
    try (Writer writer =
        processingEnv
            .getFiler()
            .createResource(StandardLocation.CLASS_OUTPUT, "", report.resourceName(), type)
            .openWriter()) {
      writer.write(text);
    } catch (IOException e) {
      throw new IllegalStateException("could not write " + report.resourceName(), e);
    }
  }

  private static void guarded(Diagnostics diagnostics, TypeElement type, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException | Error e) {
      diagnostics.internalError(Origin.of(type), e);
    }
  }
}
