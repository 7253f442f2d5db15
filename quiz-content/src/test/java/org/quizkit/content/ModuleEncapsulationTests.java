package org.quizkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the module descriptors of quiz-core and quiz-content let an application on the module path
 * use: the API packages of docs/api.md, and not the plumbing. Each test compiles a small consumer
 * module with javax.tools against the integrator's module path (quiz-core, quiz-content and their
 * runtime dependencies, the YAML reader left out, as {@code target/integrator-classpath.txt} lists
 * them); the README's embedding example is also compiled into a module and run there.
 */
class ModuleEncapsulationTests {
  private static final Path CLASSPATH = Path.of("target", "integrator-classpath.txt");
  private static final Path OWN_CLASSES = Path.of("target", "classes");

  private static String modulePath() throws IOException {
    return Files.readString(CLASSPATH).strip() + File.pathSeparator + OWN_CLASSES;
  }

  /** The result of compiling one consumer module: whether it compiled and what javac said. */
  private record Compiled(boolean ok, String diagnostics) {}

  /**
   * Compiles module {@code consumer}, which requires org.quizkit.content, with {@code source} as
   * its class {@code consumer.Use} (or another class named in the source), into {@code out}.
   */
  private static Compiled compile(Path dir, String className, String source) throws IOException {
    Path src = dir.resolve("src");
    Path out = dir.resolve("out");
    Files.createDirectories(src.resolve("consumer"));
    Path info =
        Files.writeString(
            src.resolve("module-info.java"),
            "module consumer {\n  requires org.quizkit.content;\n}\n");
    Path java = Files.writeString(src.resolve("consumer").resolve(className + ".java"), source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean ok =
        javac
            .getTask(
                diagnostics,
                null,
                null,
                List.of(
                    "--module-path",
                    modulePath(),
                    // javac would otherwise take the tests' own class path as the class path
                    "--class-path",
                    Files.createDirectories(dir.resolve("empty")).toString(),
                    "-d",
                    out.toString(),
                    "-Xlint:all"),
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(info, java))
            .call();
    return new Compiled(ok, diagnostics.toString());
  }

  @Test
  void aModuleThatRequiresTheContentCompilesAgainstEveryApiPackage(@TempDir Path dir)
      throws IOException {
    String source =
        """
        package consumer;

        import java.util.List;
        import org.quizkit.content.QuizContent;
        import org.quizkit.content.dataset.Dataset;
        import org.quizkit.content.generate.QuestionGenerators;
        import org.quizkit.content.module.ModuleCatalog;
        import org.quizkit.core.QuizEngine;
        import org.quizkit.core.assembly.QuizSpec;
        import org.quizkit.core.delivery.DeliveredQuiz;
        import org.quizkit.core.diagnostic.DiagnosticException;
        import org.quizkit.core.export.Exporters;
        import org.quizkit.core.progress.ProgressStore;
        import org.quizkit.core.question.Question;
        import org.quizkit.core.response.Response;
        import org.quizkit.core.schedule.Memory;
        import org.quizkit.core.scoring.Score;
        import org.quizkit.core.session.Session;

        public class Use {
          public static List<Class<?>> api() {
            return List.of(
                QuizContent.class, Dataset.class, QuestionGenerators.class, ModuleCatalog.class,
                QuizEngine.class, QuizSpec.class, DeliveredQuiz.class, DiagnosticException.class,
                Exporters.class, ProgressStore.class, Question.class, Response.class,
                Memory.class, Score.class, Session.class);
          }
        }
        """;

    Compiled compiled = compile(dir, "Use", source);

    assertTrue(compiled.ok(), compiled.diagnostics());
    assertEquals("", compiled.diagnostics());
  }

  @ParameterizedTest
  @CsvSource({
    "org.quizkit.core.interact.TextPrompt, org.quizkit.core.interact, org.quizkit.core",
    "org.quizkit.core.drill.Drill, org.quizkit.core.drill, org.quizkit.core",
    "org.quizkit.core.seed.Seeds, org.quizkit.core.seed, org.quizkit.core",
    "org.quizkit.content.internal.tree.TreeReader, org.quizkit.content.internal.tree,"
        + " org.quizkit.content"
  })
  void aModuleCannotImportThePlumbing(
      String type, String packageName, String module, @TempDir Path dir) throws Exception {
    // a public type, so only the module descriptor can keep it out
    assertTrue(Modifier.isPublic(Class.forName(type).getModifiers()), type + " is not public");
    String source =
        "package consumer;\n\nimport " + type + ";\n\npublic class Use {\n  Object plumbing;\n}\n";

    Compiled compiled = compile(dir, "Use", source);

    assertFalse(compiled.ok(), type + " was visible");
    assertTrue(
        compiled.diagnostics().contains("package " + packageName + " is not visible")
            && compiled
                .diagnostics()
                .contains(
                    "package "
                        + packageName
                        + " is declared in module "
                        + module
                        + ", which does not export it"),
        compiled.diagnostics());
  }

  @Test
  void theReadmesEmbeddingExampleRunsOnTheModulePath(@TempDir Path dir) throws Exception {
    String example = ReadmeExampleTests.example(Files.readString(Path.of("..", "README.md")));
    Compiled compiled = compile(dir, "Embedding", "package consumer;\n\n" + example);
    assertTrue(compiled.ok(), compiled.diagnostics());

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("--module-path");
    command.add(dir.resolve("out") + File.pathSeparator + modulePath());
    command.add("--module");
    command.add("consumer/consumer.Embedding");
    Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
    String printed = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(run.waitFor(60, TimeUnit.SECONDS), "still running");

    assertEquals(0, run.exitValue(), printed);
    List<String> lines = printed.lines().toList();
    assertEquals("true true", lines.get(0), printed);
    assertTrue(
        lines.get(1).matches("[2-4] questions, 2 answered: [012]\\.0 of [2-4] \\(.*\\)"), printed);
  }
}
