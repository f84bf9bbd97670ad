package dev.tenon.processor.schema;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.tenon.processor.schema.SchemaCompiler.compile;
import static dev.tenon.processor.schema.SchemaCompiler.compileWith;
import static dev.tenon.processor.schema.SchemaCompiler.source;
import static dev.tenon.processor.schema.SchemaCompiler.tenon;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DDL Tenon cannot read is a warning naming file and line; an unusable option is an error. */
class OptionsAndUnreadableTest {
  private static final JavaFileObject THING =
      source("test.Thing", """
          @Table("thing")
          public record Thing(@Id long id) {}
          """);

  @Test
  void unreadableDdlIsAWarningNamingTheStatementAndLine(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("V1__init.sql"), "CREATE TABLE thing (id bigint PRIMARY KEY);\n");
    Files.writeString(dir.resolve("V2__copy.sql"),
        "-- a copy made from a query\n\nCREATE TABLE thing_copy AS SELECT * FROM thing;\n");
    Compilation compilation = compile(dir, "POSTGRES", THING);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[tenon:schema-unreadable] Tenon could not read the statement at V2__copy.sql:3 (CREATE"
                + " TABLE … AS or LIKE: its columns come from a query or another table): CREATE TABLE"
                + " thing_copy AS SELECT * FROM thing; the checks go on without it");
    assertThat(tenon(compilation, Diagnostic.Kind.WARNING)).hasSize(1);
  }

  @Test
  void aSingleFileAndACommaSeparatedListAreRead(@TempDir Path dir) throws IOException {
    Path first = Files.writeString(dir.resolve("schema.sql"), "CREATE TABLE other (id int PRIMARY KEY);");
    Path second = Files.writeString(dir.resolve("more.sql"), "CREATE TABLE thing (id bigint PRIMARY KEY);");
    Compilation compilation =
        compileWith(List.of("-Atenon.schema=" + first + "," + second, "-Atenon.schema.dialect=h2"), THING);
    assertThat(compilation).succeeded();
    assertThat(compilation.diagnostics()).isEmpty();
  }

  @Test
  void aMissingDialectIsAnError(@TempDir Path dir) {
    Compilation compilation = compileWith(List.of("-Atenon.schema=" + dir), THING);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:schema-option] -Atenon.schema.dialect=null is not a dialect; with -Atenon.schema"
                + " name the DDL's dialect: POSTGRES, MYSQL, H2 or SQLITE");
  }

  @Test
  void aMissingPathIsAnError(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere");
    Compilation compilation = compile(missing, "MYSQL", THING);
    assertThat(compilation)
        .hadErrorContaining(
            "[tenon:schema-option] -Atenon.schema names " + missing + ", which does not exist");
  }

  @Test
  void aPathTheFileSystemCannotNameIsAnErrorNotACrash() {
    Compilation compilation =
        compileWith(List.of("-Atenon.schema=bad\u0000name", "-Atenon.schema.dialect=POSTGRES"), THING);
    assertThat(compilation).hadErrorContaining("[tenon:schema-option] could not use -Atenon.schema: ");
  }

  @Test
  void withoutTheOptionNothingIsChecked() {
    Compilation compilation = compileWith(List.of(), THING);
    assertThat(compilation).succeeded();
    assertThat(compilation.diagnostics()).isEmpty();
  }
}
