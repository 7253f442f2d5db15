package org.quizkit.content.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quizkit.content.QuizContent;

/**
 * Loading the built-in content must not touch Jackson's data-binding: building its mapper cost
 * about 45 ms of every start. A fresh JVM is the only place where what gets loaded can be seen.
 */
class NoDatabindTests {
  /** Loads the built-in content and asks for a bank, as a practice start does. */
  static final class LoadBuiltIn {
    public static void main(String[] args) {
      QuizContent content = QuizContent.builtIn();
      System.out.println("modules " + content.catalog().modules().size());
      System.out.println("questions " + content.bank(1).size());
    }
  }

  @Test
  void loadingTheBuiltInContentLoadsNoDatabindClass() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-verbose:class",
                "-cp",
                System.getProperty("java.class.path"),
                LoadBuiltIn.class.getName())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");
    assertEquals(0, process.exitValue(), output);

    List<String> lines = output.lines().toList();
    // Guards against passing vacuously: the class list is there and the modules were read.
    assertTrue(lines.stream().anyMatch(l -> l.contains(Loader.class.getName() + " ")), output);
    assertTrue(lines.contains("modules " + Modules.load().modules().size()), output);
    List<String> databind =
        lines.stream().filter(l -> l.contains("] tools.jackson.databind.")).limit(5).toList();
    assertEquals(List.of(), databind, "databind classes were loaded, the first ones shown");
  }
}
