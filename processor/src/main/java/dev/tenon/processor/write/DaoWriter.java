package dev.tenon.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tenon.Dialect;
import dev.tenon.processor.model.DaoModel;
import dev.tenon.processor.model.MethodModel;
import dev.tenon.processor.model.WriteModel;
import dev.tenon.processor.sql.PlannedSql;
import dev.tenon.processor.sql.PlannedWrite;
import dev.tenon.processor.sql.WritePlanner;
import dev.tenon.processor.sql.SqlPlanner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes the class for one checked {@code @Dao}: a SQL constant per method and dialect (shared
 * where the dialects agree), a short method that binds by index and hands a row reader to the
 * runtime, and plain static readers that build rows by column index.
 */
public final class DaoWriter {
  static final ClassName DAO_SESSION = ClassName.get("dev.tenon.runtime", "DaoSession");
  static final ClassName QUERY = ClassName.get("dev.tenon.runtime", "Query");
  static final ClassName DIALECT = ClassName.get(Dialect.class);
  static final ClassName JDBI = ClassName.get("org.jdbi.v3.core", "Jdbi");
  static final ClassName HANDLE = ClassName.get("org.jdbi.v3.core", "Handle");
  static final String PROCESSOR = "dev.tenon.processor.TenonProcessor";

  private DaoWriter() {}

  /** The Java file for {@code dao}. */
  public static JavaFile write(DaoModel dao) {
    return write(dao, new SqlReport(dao.type().getQualifiedName().toString()));
  }

  /** The Java file for {@code dao}; every statement it plans is also added to {@code report}. */
  public static JavaFile write(DaoModel dao, SqlReport report) {
    ClassName generated = ClassName.get(dao.packageName(), dao.generatedName());
    ClassName iface = ClassName.get(dao.type());
    NameAllocator members = new NameAllocator();
    members.newName("session", "session");
    members.newName("TENON_FACTORY", "TENON_FACTORY");
    RowReaders readers = new RowReaders(generated, members);

    TypeSpec.Builder type =
        TypeSpec.classBuilder(generated)
            .addOriginatingElement(dao.type())
            .addAnnotation(
                AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                    .addMember("value", "$S", PROCESSOR)
                    .build())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(iface)
            .addJavadoc(
                "Tenon's implementation of {@link $T}: each method runs SQL made at compile time.\n",
                iface)
            .addJavadoc("Do not edit; it is written again on every compile.\n");

    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(ClassName.get(Function.class), HANDLE, iface),
                "TENON_FACTORY",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("How {@code TenonPlugin} creates this DAO for a handle; read once, by name.\n")
            .initializer("$T::new", generated)
            .build());

    ConverterFields.add(dao, type, members);
    for (MethodModel method : dao.methods()) {
      String constant = fresh(members, constantName(method.element().getSimpleName().toString()));
      Map<Dialect, PlannedSql> planned = new LinkedHashMap<>();
      for (Dialect dialect : dao.dialects()) {
        planned.put(dialect, SqlPlanner.plan(method.query(), dialect));
      }
      if (method.query().optionalWheres().isEmpty()) {
        // With optional conditions the statements that run are the variants, each reported there.
        report.add(method.element().getSimpleName().toString(), "", planned);
      }
      new MethodWriter(type, iface, method, constant, planned, readers, members, report).write();
    }
    WriteHelpers writeHelpers = new WriteHelpers(readers, members);
    for (WriteModel write : dao.writes()) {
      String constant = fresh(members, constantName(write.element().getSimpleName().toString()));
      Map<Dialect, PlannedWrite> planned = new LinkedHashMap<>();
      for (Dialect dialect : dao.dialects()) {
        planned.put(dialect, WritePlanner.plan(write, dialect));
      }
      report.addWrite(
          write.element().getSimpleName().toString(),
          write.entityParameter() == null ? "entity" : write.entityParameter(),
          planned);
      new WriteMethodWriter(type, iface, write, constant, planned, writeHelpers, members).write();
    }
    type.addField(FieldSpec.builder(DAO_SESSION, "session", Modifier.PRIVATE, Modifier.FINAL).build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("A DAO that opens a handle of {@code jdbi} for each call.\n")
            .addParameter(JDBI, "jdbi")
            .addStatement(
                "this.session = $T.of(jdbi, $T.$L)", DAO_SESSION, DIALECT, dao.declared().name())
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("A DAO that runs every call on {@code handle}, inside its transaction.\n")
            .addParameter(HANDLE, "handle")
            .addStatement(
                "this.session = $T.of(handle, $T.$L)", DAO_SESSION, DIALECT, dao.declared().name())
            .build());
    readers.addTo(type);
    return JavaFile.builder(dao.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /**
   * A new name in {@code names}. The tag only has to be unique: a plain object is. Not {@link
   * NameAllocator#newName(String)}, which makes a random UUID (SecureRandom) per name, and not the
   * model, whose record hashCode walks the whole query.
   */
  static String fresh(NameAllocator names, String suggestion) {
    return names.newName(suggestion, new Object());
  }

  /** {@code booksWithNote → BOOKS_WITH_NOTE}. */
  static String constantName(String method) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < method.length(); i++) {
      char c = method.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }

  /** The dialects in {@code dialects} as {@code Dialect.H2, Dialect.POSTGRES}. */
  static CodeBlock dialectList(List<Dialect> dialects) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (int i = 0; i < dialects.size(); i++) {
      code.add(i == 0 ? "$T.$L" : ", $T.$L", DIALECT, dialects.get(i).name());
    }
    return code.build();
  }

  /** Used in Javadoc: {@code H2, PostgreSQL}. */
  static String displayNames(List<Dialect> dialects) {
    return String.join(
        ", ",
        dialects.stream()
            .map(
                d ->
                    switch (d) {
                      case H2 -> "H2";
                      case POSTGRES -> "PostgreSQL";
                      case MYSQL -> "MySQL/MariaDB";
                      case SQLITE -> "SQLite";
                      case AUTO -> "AUTO";
                    })
            .toList());
  }

  /** Keeps {@link TypeName} imports for callers in this package. */
  static TypeName typeName(javax.lang.model.type.TypeMirror mirror) {
    return TypeName.get(mirror);
  }
}
