package dev.tenon.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.palantir.javapoet.JavaFile;
import dev.tenon.Table;
import dev.tenon.processor.TenonProcessor;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Teams compile with {@code -Xlint:all -Werror}: every example compiles that way, Tenon's
 * processor on the processor path as a user's build has it, on JDK 17 ({@code --release 17}) and
 * on JDK 25 ({@code --release 25}) where one is installed. Any warning fails: one from Tenon's
 * processor (an unclaimed annotation), from the classes it writes, or from the examples.
 */
class StrictBuildTest {
  private static final Path EXAMPLES = Path.of("src/main/java");
  private static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

  @Test
  void examplesCompileWithoutAWarningOnJdk17(@TempDir Path out) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertEquals(17, Runtime.version().feature(), "the build runs on JDK 17; this test expects it");
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    int status =
        javac.run(null, messages, messages, arguments("17", out).toArray(String[]::new));
    String output = messages.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, output);
    assertEquals("", output.strip(), "javac printed something");
    assertGenerated(out);
  }

  @Test
  void examplesCompileWithoutAWarningOnJdk25(@TempDir Path out) throws Exception {
    Path javac = JDK_25.resolve("bin/javac");
    assumeTrue(
        Files.isExecutable(javac),
        "JDK 25 is not installed at " + JDK_25 + ": the --release 25 compile was not run");
    List<String> command = new ArrayList<>();
    command.add(javac.toString());
    command.addAll(arguments("25", out));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "javac 25 did not finish");
    assertEquals(0, process.exitValue(), output);
    assertEquals("", output.strip(), "javac 25 printed something");
    assertGenerated(out);
  }

  /** What a strict user build passes: lint, warnings as errors, the processor on its own path. */
  private static List<String> arguments(String release, Path out) throws IOException {
    List<String> arguments = new ArrayList<>();
    arguments.addAll(List.of("-Xlint:all", "-Werror", "--release", release));
    arguments.addAll(List.of("-classpath", dependencies()));
    arguments.addAll(List.of("-processorpath", processorPath()));
    arguments.addAll(List.of("-d", out.resolve("classes").toString()));
    arguments.addAll(List.of("-s", out.resolve("generated").toString()));
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      files
          .filter(file -> file.toString().endsWith(".java"))
          .map(Path::toString)
          .sorted()
          .forEach(arguments::add);
    }
    return arguments;
  }

  /** The test class path less this module's own classes, which are compiled here from source. */
  private static String dependencies() {
    Path target = Path.of("target").toAbsolutePath();
    List<String> path = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!Path.of(entry).toAbsolutePath().startsWith(target)) {
        path.add(entry);
      }
    }
    return String.join(File.pathSeparator, path);
  }

  /** The processor, JavaPoet and the runtime's annotations: {@code tenon-processor}'s jars. */
  private static String processorPath() {
    List<String> path = new ArrayList<>();
    for (Class<?> type : List.of(TenonProcessor.class, JavaFile.class, Table.class)) {
      try {
        path.add(
            Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join(File.pathSeparator, path);
  }

  /** The processor really ran: the classes it writes are there. */
  private static void assertGenerated(Path out) {
    assertTrue(
        Files.exists(out.resolve("generated/dev/tenon/examples/TenonBookNotes.java")),
        "Tenon's processor did not run");
    assertTrue(Files.exists(out.resolve("classes/dev/tenon/examples/TenonBookNotes.class")));
  }
}
