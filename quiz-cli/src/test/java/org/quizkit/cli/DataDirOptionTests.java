package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirOptionTests {
  @Test
  void optionWinsOverTheEnvironment() {
    DataDirOption option = new DataDirOption();
    option.dir = Path.of("given");

    assertEquals(Path.of("given"), option.resolve(Map.of("XDG_DATA_HOME", "/xdg")));
  }

  @Test
  void thenTheXdgDataHome() {
    assertEquals(
        Path.of("/xdg", "quiz"),
        new DataDirOption().resolve(Map.of("XDG_DATA_HOME", "/xdg", "HOME", "/home/a")));
  }

  @Test
  void thenTheHomeFolder() {
    assertEquals(
        Path.of("/home/a", ".local", "share", "quiz"),
        new DataDirOption().resolve(Map.of("HOME", "/home/a", "XDG_DATA_HOME", " ")));
  }

  @Test
  void theDatabaseIsInsideTheFolder() {
    assertEquals(
        Path.of("/xdg", "quiz", "progress.db"),
        new DataDirOption().database(Map.of("XDG_DATA_HOME", "/xdg")));
  }
}
