package org.quizkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding example, taken from the README text itself (the java block after the
 * {@code embedding-example} marker), compiled against the test class path and run.
 */
class ReadmeExampleTests {
  private static final Path README = Path.of("..", "README.md");
  private static final String MARKER = "<!-- embedding-example:";

  /** The fenced java block that follows the marker. */
  static String example(String readme) {
    int marker = readme.indexOf(MARKER);
    assertTrue(marker >= 0, "README.md has no " + MARKER + " marker");
    int open = readme.indexOf("```java\n", marker);
    int close = readme.indexOf("\n```", open + 1);
    assertTrue(open >= 0 && close > open, "no java block after the marker");
    return readme.substring(open + "```java\n".length(), close + 1);
  }

  private static String testClassPath() {
    // Surefire runs the tests from a manifest-only jar and says the real class path here.
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  @Test
  void compilesAndRunsTheEmbeddingExampleOfTheReadme(@TempDir Path dir) throws Exception {
    String source = example(Files.readString(README));
    Path file = dir.resolve("Embedding.java");
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled =
        javac
            .getTask(
                diagnostics,
                null,
                null,
                List.of("-classpath", testClassPath(), "-d", dir.toString(), "-Xlint:all"),
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(file))
            .call();
    assertTrue(compiled, diagnostics::toString);
    assertEquals("", diagnostics.toString(), "warnings compiling the README's example");

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      loader
          .loadClass("Embedding")
          .getMethod("main", String[].class)
          .invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(out);
    }

    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(2, lines.size(), lines::toString);
    assertEquals("true true", lines.get(0));
    assertTrue(
        lines
            .get(1)
            .matches(
                "[2-4] questions, 2 answered: [012]\\.0 of [2-4] \\(quizkit-partial-credit-1\\)"),
        lines.get(1));
  }

  @Test
  void findsTheBlockAfterTheMarkerOnly() {
    String readme =
        "```java\nclass Before {}\n```\n"
            + MARKER
            + " x -->\n```java\nclass After {}\n```\n```java\nclass Later {}\n```\n";

    assertEquals("class After {}\n", example(readme));
  }
}
