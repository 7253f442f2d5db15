package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.cli.Quiz.quiz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.cli.Quiz.Result;
import org.quizkit.content.QuizContent;
import org.quizkit.core.assembly.QuizSpec;

/**
 * Progress in a data folder the learner may not write (a read-only mount as root, since root writes
 * anywhere; a folder without write permission otherwise) is shown, not called damaged.
 */
class ReadOnlyDataTests {
  @TempDir Path dir;

  private Path data() {
    return dir.resolve("data");
  }

  private static boolean root() throws IOException {
    return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      // A sandbox may forbid mounting even to root: then the test cannot be made here.
      Assumptions.assumeFalse(
          command[0].equals("mount")
              && (output.contains("ermission denied")
                  || output.contains("not permitted")
                  || output.contains("must be superuser")),
          () -> String.join(" ", command) + " is not allowed here: " + output);
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
  }

  private Result whileReadOnly(String... args) throws Exception {
    String folder = data().toString();
    if (root()) {
      run("mount", "--bind", folder, folder);
      try {
        run("mount", "-o", "remount,bind,ro", folder);
        return quiz().run(args);
      } finally {
        run("umount", folder);
      }
    }
    Files.setPosixFilePermissions(data(), PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      return quiz().run(args);
    } finally {
      Files.setPosixFilePermissions(data(), PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void progressAndModulesReadAReadOnlyDataFolder() throws Exception {
    String answer =
        Keys.typed(
            QuizContent.builtIn()
                .quiz(
                    QuizSpec.builder()
                        .count(10)
                        .seed(1)
                        .build()
                        .withKinds(Set.of())
                        .withTags(Set.of()))
                .questions()
                .get(0));
    Result practised =
        quiz()
            .withInput(answer, "q")
            .run("practice", "--plain", "--seed", "1", "--data-dir", data().toString());
    assertEquals(0, practised.code(), practised::toString);
    Result before = quiz().run("progress", "--plain", "--data-dir", data().toString());

    Result progress = whileReadOnly("progress", "--plain", "--data-dir", data().toString());
    Result modules = whileReadOnly("modules", "--plain", "--data-dir", data().toString());

    assertEquals(0, progress.code(), progress::toString);
    assertEquals(before.out(), progress.out());
    assertTrue(progress.out().contains("1"), progress::toString);
    assertEquals(0, modules.code(), modules::toString);
    assertFalse(modules.err().contains("damaged"), modules::toString);
  }
}
