package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirOptionTests {
  private static final Map<String, String> EVERYTHING =
      Map.of(
          "QUIZ_DATA_DIR", "/own",
          "XDG_DATA_HOME", "/xdg",
          "APPDATA", "C:/Users/a/AppData/Roaming",
          "HOME", "/home/a");

  @Test
  void optionWinsOverTheEnvironment() {
    DataDirOption option = new DataDirOption();
    option.dir = Path.of("given");

    assertEquals(Path.of("given"), option.resolve(EVERYTHING));
  }

  @Test
  void ownVariableComesNext() {
    assertEquals(Path.of("/own"), new DataDirOption().resolve(EVERYTHING));
  }

  @Test
  void thenTheXdgDataHome() {
    assertEquals(
        Path.of("/xdg", "quizkit"),
        new DataDirOption().resolve(Map.of("XDG_DATA_HOME", "/xdg", "HOME", "/home/a")));
  }

  @Test
  void thenWindowsAppData() {
    assertEquals(
        Path.of("C:/Users/a/AppData/Roaming", "quizkit"),
        new DataDirOption().resolve(Map.of("APPDATA", "C:/Users/a/AppData/Roaming")));
  }

  @Test
  void thenTheHomeFolder() {
    assertEquals(
        Path.of("/home/a", ".local", "share", "quizkit"),
        new DataDirOption().resolve(Map.of("HOME", "/home/a", "XDG_DATA_HOME", " ")));
  }

  @Test
  void failsWithAHintWhenNothingSaysWhere() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new DataDirOption().resolve(Map.of()));

    assertEquals(
        "cannot tell where to keep your progress: give --data-dir DIR or set QUIZ_DATA_DIR",
        e.getMessage());
  }
}
