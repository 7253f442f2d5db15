package org.quizkit.core.progress;

import java.nio.file.Path;

/**
 * The progress database cannot be used: it is not a quiz database, is damaged, was made by a newer
 * version, or cannot be read or written. The file is left as it was.
 */
public final class ProgressStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final String problem;

  ProgressStoreException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
    this.problem = problem;
  }

  ProgressStoreException(Path file, String problem) {
    this(file, problem, null);
  }

  /** The database file concerned. */
  public Path file() {
    return file;
  }

  /** What is wrong, without the path. */
  public String problem() {
    return problem;
  }
}
