package dev.tenon.processor.write;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.tenon.processor.TenonProcessor;
import java.io.IOException;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Writes join the SQL report like queries: each statement with its parameters in order. */
class SqlReportTest {

  @Test
  void writesAreReportedWithTheEntityColumnsAndParametersTheyBind() throws IOException {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new TenonProcessor())
            .compile(
                List.of(
                    JavaFileObjects.forSourceString(
                        "report.Tag",
                        """
                        package report;
                        import dev.tenon.*;
                        @Table("tag")
                        public record Tag(@Id long id, String label) {}
                        """),
                    JavaFileObjects.forSourceString(
                        "report.Tags",
                        """
                        package report;
                        import dev.tenon.*;
                        @Dao(dialect = Dialect.H2)
                        public interface Tags {
                          @Insert
                          int add(Tag tag);

                          @Update(of = Tag.class, set = {"label = :label"}, where = "tag.id = :id")
                          int relabel(long id, String label);
                        }
                        """)));
    assertThat(compilation).succeededWithoutWarnings();

    String report =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/tenon/report.Tags.sql")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    String relabel = report.substring(report.indexOf("-- relabel"));
    assertEquals(
        """
        -- add: H2
        -- parameters: 1 tag.id, 2 tag.label
        """,
        report.substring(report.indexOf("-- add"), report.indexOf("INSERT")));
    assertEquals("-- relabel: H2\n-- parameters: 1 label, 2 id\n", relabel.substring(0, relabel.indexOf("UPDATE")));
  }

  @Test
  void aMethodWithOptionalFiltersReportsEachStatementThatRunsAndItsTotal() throws IOException {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new TenonProcessor())
            .compile(
                List.of(
                    JavaFileObjects.forSourceString(
                        "report.Tag",
                        """
                        package report;
                        import dev.tenon.*;
                        @Table("tag")
                        public record Tag(@Id long id, String label) {}
                        """),
                    JavaFileObjects.forSourceString(
                        "report.Tags",
                        """
                        package report;
                        import dev.tenon.*;
                        @Dao(dialect = Dialect.H2)
                        public interface Tags {
                          @Select(from = Tag.class)
                          @Where(value = "tag.label = :label", optional = true)
                          @OrderBy("tag.id")
                          Page<Tag> find(String label, @Limit int limit);
                        }
                        """)));
    assertThat(compilation).succeededWithoutWarnings();

    String report =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/tenon/report.Tags.sql")
            .orElseThrow()
            .getCharContent(false)
            .toString();
    List<String> headings =
        report.lines().filter(line -> line.startsWith("-- find")).toList();
    assertEquals(
        List.of(
            "-- find variant 0: no optional filter: H2",
            "-- find variant 1: label given: H2",
            "-- find total, variant 0: no optional filter: H2",
            "-- find total, variant 1: label given: H2"),
        headings);
  }
}
