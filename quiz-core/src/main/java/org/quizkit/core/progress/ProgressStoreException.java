package org.quizkit.core.progress;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The progress cannot be read or saved: the database is not a quiz database, is damaged, was made
 * by a newer version, is read-only, is on a full disk, or cannot be reached. The data is left as it
 * was.
 */
public final class ProgressStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String location;
  private final String problem;

  /**
   * @param location the file or server concerned, as {@link ProgressStorage#location} gives it
   * @param problem what is wrong, in a person's words, without the location
   * @param cause the error of the database, or null
   */
  public ProgressStoreException(String location, String problem, Throwable cause) {
    super(checkNotNull(location, "location") + ": " + checkNotNull(problem, "problem"), cause);
    this.location = location;
    this.problem = problem;
  }

  /** As {@link #ProgressStoreException(String, String, Throwable)} without a cause. */
  public ProgressStoreException(String location, String problem) {
    this(location, problem, null);
  }

  /** The database concerned: a file path, or a server and database name. */
  public String location() {
    return location;
  }

  /** What is wrong, without the location. */
  public String problem() {
    return problem;
  }
}
