package dev.tenon.processor.schema;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.tenon.processor.TenonProcessor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles test sources with Tenon and {@code -Atenon.schema}; Tenon must not have crashed. */
final class SchemaCompiler {
  private SchemaCompiler() {}

  /** The migration folder of {@code dialect} under src/test/resources/schema. */
  static Path migrations(String dialect) {
    return Path.of("src/test/resources/schema", dialect).toAbsolutePath();
  }

  static JavaFileObject source(String qualifiedName, String body) {
    return JavaFileObjects.forSourceString(
        qualifiedName,
        "package test;\nimport dev.tenon.*;\nimport java.util.*;\nimport java.math.*;\n"
            + "import java.time.*;\n" + body);
  }

  static Compilation compile(Path schema, String dialect, JavaFileObject... sources) {
    return compileWith(
        List.of("-Atenon.schema=" + schema, "-Atenon.schema.dialect=" + dialect), sources);
  }

  static Compilation compileWith(List<String> options, JavaFileObject... sources) {
    Compilation compilation =
        Compiler.javac().withProcessors(new TenonProcessor()).withOptions(options).compile(sources);
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      assertWithMessage("Tenon crashed")
          .that(diagnostic.getMessage(Locale.ROOT))
          .doesNotContain("[tenon:internal-error]");
    }
    return compilation;
  }

  static List<String> tenon(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.startsWith("[tenon:"))
        .toList();
  }
}
