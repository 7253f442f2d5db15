package org.quizkit.core.progress;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a learner's progress lives by default: {@code $XDG_DATA_HOME/quiz/}, or {@code
 * ~/.local/share/quiz/} when that variable is unset, empty or relative (the XDG Base Directory
 * specification says to ignore relative values).
 *
 * <p>The environment and home directory are parameters so that callers and tests decide them.
 */
public final class DataDirectory {
  /** The name of the progress database inside the data directory. */
  public static final String DATABASE = "progress.db";

  private DataDirectory() {}

  /**
   * The default data directory.
   *
   * @param environment the process environment, such as {@code System.getenv()}
   * @param home the user's home directory
   */
  public static Path of(Map<String, String> environment, Path home) {
    checkNotNull(environment, "environment");
    checkNotNull(home, "home");
    String xdg = environment.get("XDG_DATA_HOME");
    if (xdg != null && !xdg.isBlank()) {
      Path base = Path.of(xdg);
      if (base.isAbsolute()) {
        return base.resolve("quiz");
      }
    }
    return home.resolve(".local").resolve("share").resolve("quiz");
  }

  /** The progress database in {@code directory}. */
  public static Path database(Path directory) {
    return checkNotNull(directory, "directory").resolve(DATABASE);
  }
}
