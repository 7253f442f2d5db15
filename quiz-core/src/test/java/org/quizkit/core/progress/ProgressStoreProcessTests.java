package org.quizkit.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store against real processes: a writer killed with SIGKILL mid-stream, and two writers at
 * once. Each writer is a child JVM on this test's class path running {@link ProgressWriter}.
 */
class ProgressStoreProcessTests {
  @TempDir Path dir;

  private Process writer(Path db, String prefix, int count) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            ProgressWriter.class.getName(),
            db.toString(),
            "ada",
            prefix,
            Integer.toString(count))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static List<String> savedLines(BufferedReader out, int atLeast) throws IOException {
    List<String> saved = new ArrayList<>();
    String line;
    while (saved.size() < atLeast && (line = out.readLine()) != null) {
      saved.add(line.substring("saved ".length()));
    }
    return saved;
  }

  @Test
  void keepsEveryAnswerReportedSavedWhenTheWriterIsKilled() throws Exception {
    Path db = dir.resolve("progress.db");
    Process child = writer(db, "k", 1_000_000);
    List<String> saved;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      saved = savedLines(out, 40);
      // SIGKILL on Unix: no shutdown hooks, no close. Through the handle, unlike
      // Process.destroyForcibly, so that our end of the pipe stays open to read what is left.
      child.toHandle().destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "killed writer ended");
      // Lines already in the pipe were also committed before they were printed.
      saved.addAll(savedLines(out, Integer.MAX_VALUE));
    }
    assertTrue(saved.size() >= 40, "saw " + saved.size() + " answers saved");

    try (ProgressStore store = ProgressStore.open(db)) {
      List<String> stored = store.attempts("ada").stream().map(Attempt::questionId).toList();
      // At most the answer in flight when killed may be stored without having been reported.
      assertEquals(saved, stored.subList(0, saved.size()));
      assertTrue(stored.size() <= saved.size() + 1, stored.size() + " vs " + saved.size());
      for (int i = 0; i < stored.size(); i++) {
        assertEquals("k-q" + i, stored.get(i));
      }
      assertEquals(stored.size(), store.memory("ada", "shared").orElseThrow().reps());
    }
  }

  @Test
  void twoProcessesWritingAtOnceLoseNothing() throws Exception {
    Path db = dir.resolve("progress.db");
    int each = 60;
    Process first = writer(db, "p1", each);
    Process second = writer(db, "p2", each);

    for (Process child : List.of(first, second)) {
      child.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "writer ended");
      assertEquals(0, child.exitValue(), "writer exit code");
    }

    try (ProgressStore store = ProgressStore.open(db)) {
      List<String> stored = store.attempts("ada").stream().map(Attempt::questionId).toList();
      assertEquals(2 * each, stored.size());
      assertEquals(each, stored.stream().filter(q -> q.startsWith("p1-")).count());
      assertEquals(2 * each, store.memory("ada", "shared").orElseThrow().reps());
    }
  }
}
