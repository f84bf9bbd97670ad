package dev.tenon.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.tenon.processor.TenonProcessor;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A DAO naming an entity that another processor writes in the same compile is checked once the
 * entity exists, in a later round, instead of being reported as naming a missing type.
 */
class DeferralTest {

  /** Writes {@code test.Gadget}, a {@code @Table} record, in its first round. */
  static final class EntityWriter extends AbstractProcessor {
    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (written) {
        return false;
      }
      written = true;
      try (Writer writer =
          processingEnv.getFiler().createSourceFile("test.Gadget").openWriter()) {
        writer.write(
            "package test;\n"
                + "@dev.tenon.Table(\"gadget\")\n"
                + "public record Gadget(@dev.tenon.Id long id, String label) {}\n");
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      return false;
    }
  }

  @Test
  void aDaoWaitsForAnEntityAnotherProcessorGenerates() {
    JavaFileObject dao =
        JavaFileObjects.forSourceString(
            "test.Gadgets",
            """
            package test;
            import dev.tenon.*;
            import java.util.List;
            @Dao
            public interface Gadgets {
              @Select(from = Gadget.class)
              @Where("gadget.label = :label")
              List<Gadget> labelled(String label);
            }
            """);
    // The writer first, as a processor supporting "*" must be: Tenon claims its annotations, and
    // javac stops calling later processors once every annotation of a round is claimed.
    Compilation compilation =
        Compiler.javac().withProcessors(new EntityWriter(), new TenonProcessor()).compile(dao);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.TenonGadgets")
        .contentsAsUtf8String()
        .contains("WHERE gadget.label = ?");
  }
}
