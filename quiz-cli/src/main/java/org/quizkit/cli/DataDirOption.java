package org.quizkit.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --data-dir DIR}, for commands that read or record a learner's progress. */
final class DataDirOption {
  static final String VARIABLE = "QUIZ_DATA_DIR";

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Keep your progress in this folder. Default: $" + VARIABLE
          + ", else $XDG_DATA_HOME/quizkit, else %%APPDATA%%\\quizkit, "
          + "else ~/.local/share/quizkit.")
  Path dir;

  /**
   * The folder for progress: the option, else the platform's usual place for an application's
   * data, worked out from the environment.
   *
   * @throws IllegalStateException if neither the option nor the environment gives a folder
   */
  Path resolve(Map<String, String> env) {
    if (dir != null) {
      return dir;
    }
    String own = env.get(VARIABLE);
    if (isSet(own)) {
      return Path.of(own);
    }
    String xdg = env.get("XDG_DATA_HOME");
    if (isSet(xdg)) {
      return Path.of(xdg, "quizkit");
    }
    String appData = env.get("APPDATA");
    if (isSet(appData)) {
      return Path.of(appData, "quizkit");
    }
    String home = env.get("HOME");
    if (isSet(home)) {
      return Path.of(home, ".local", "share", "quizkit");
    }
    throw new IllegalStateException(
        "cannot tell where to keep your progress: give --data-dir DIR or set " + VARIABLE);
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
