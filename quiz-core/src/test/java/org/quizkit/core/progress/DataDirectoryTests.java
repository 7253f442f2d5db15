package org.quizkit.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTests {
  private static final Path HOME = Path.of("/home/ada");

  @Test
  void usesXdgDataHomeWhenSet() {
    assertEquals(Path.of("/data/quiz"), DataDirectory.of(Map.of("XDG_DATA_HOME", "/data"), HOME));
  }

  @Test
  void fallsBackToLocalShareUnderHome() {
    assertEquals(Path.of("/home/ada/.local/share/quiz"), DataDirectory.of(Map.of(), HOME));
  }

  @Test
  void ignoresAnEmptyOrRelativeXdgDataHome() {
    Path expected = Path.of("/home/ada/.local/share/quiz");
    assertEquals(expected, DataDirectory.of(Map.of("XDG_DATA_HOME", ""), HOME));
    assertEquals(expected, DataDirectory.of(Map.of("XDG_DATA_HOME", "relative/dir"), HOME));
  }

  @Test
  void namesTheDatabaseInsideTheDirectory() {
    assertEquals(Path.of("/x/quiz/progress.db"), DataDirectory.database(Path.of("/x/quiz")));
  }
}
