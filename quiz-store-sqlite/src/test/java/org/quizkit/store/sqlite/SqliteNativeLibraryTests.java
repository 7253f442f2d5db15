package org.quizkit.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.core.progress.ProgressWriter;
import org.sqlite.SQLiteJDBCLoader;

/**
 * Where the driver's native library goes, seen from a real process killed with SIGKILL: nothing in
 * the shared temporary folder, one copy in the user's cache folder, and no log on standard error,
 * even when another user's leftovers cannot be deleted.
 */
class SqliteNativeLibraryTests {
  @TempDir Path dir;

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** What the driver takes for an old copy of its library; a folder, so it cannot be deleted. */
  private static String plantUndeletable(Path folder, String who) throws IOException {
    String name = "sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + who + "-libsqlitejdbc.so";
    Files.writeString(Files.createDirectories(folder.resolve(name)).resolve("busy"), "x");
    return name;
  }

  @Test
  void leavesNothingInTheTemporaryFolderAndPrintsNoLogWhenKilled() throws Exception {
    Path temp = Files.createDirectories(dir.resolve("tmp"));
    Path cache = dir.resolve("cache");
    Path own = cache.resolve("quizkit/sqlite-native").resolve(SQLiteJDBCLoader.getVersion());
    String foreign = plantUndeletable(temp, "another-user");
    plantUndeletable(own, "stale");
    Path errors = dir.resolve("stderr.txt");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-Djava.io.tmpdir=" + temp,
                "-cp",
                System.getProperty("java.class.path"),
                ProgressWriter.class.getName(),
                SqliteOpener.class.getName(),
                dir.resolve("data/progress.db").toString(),
                "ada",
                "k",
                "1000000")
            .redirectError(errors.toFile());
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    Process child = builder.start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (int i = 0; i < 5; i++) {
        assertTrue(out.readLine() != null, () -> "writer ended early: " + read(errors));
      }
      child.toHandle().destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS), "killed writer ended");
    }

    assertEquals(List.of(foreign), names(temp));
    assertTrue(names(own).contains(System.mapLibraryName("sqlitejdbc")), names(own)::toString);
    String logged = read(errors);
    assertFalse(logged.contains("SEVERE"), logged);
    assertFalse(logged.contains("\tat "), logged);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
