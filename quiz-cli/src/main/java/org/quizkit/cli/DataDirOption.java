package org.quizkit.cli;

import java.nio.file.Path;
import java.util.Map;
import org.quizkit.core.progress.DataDirectory;
import picocli.CommandLine.Option;

/** {@code --data-dir DIR}, for commands that read or record a learner's progress. */
final class DataDirOption {
  @Option(
      names = "--data-dir",
      converter = NonBlank.PathValue.class,
      paramLabel = "DIR",
      description =
          "Keep your progress in this folder. "
              + "Default: $XDG_DATA_HOME/quiz, else ~/.local/share/quiz.")
  Path dir;

  /**
   * The folder for progress: the option, else {@link DataDirectory#of} over the environment, with
   * the home folder from {@code HOME}, else from Java's {@code user.home}.
   */
  Path resolve(Map<String, String> env) {
    if (dir != null) {
      return dir;
    }
    String home = env.get("HOME");
    Path homeDir =
        home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"));
    return DataDirectory.of(env, homeDir);
  }

  /** The progress database in the folder {@link #resolve} gives. */
  Path database(Map<String, String> env) {
    return DataDirectory.database(resolve(env));
  }
}
