package org.quizkit.core.progress;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.diagnostic.DiagnosticException;

/**
 * The progress cannot be read or saved: the database is not a quiz database, is damaged, was made
 * by a newer version, is read-only, is on a full disk, or cannot be reached. The data is left as it
 * was.
 *
 * <p>A {@link DiagnosticException} with one diagnostic located at the database (a file path, or a
 * server and database name), so its message is {@code location: problem}.
 */
public final class ProgressStoreException extends DiagnosticException {
  private static final long serialVersionUID = 1L;

  /**
   * @param location the file or server concerned, as {@link ProgressStorage#location} gives it
   * @param problem what is wrong, in a person's words, without the location
   * @param cause the error of the database, or null
   */
  public ProgressStoreException(String location, String problem, Throwable cause) {
    super(
        List.of(
            new Diagnostic(
                checkNotNull(location, "location"), 0, 0, checkNotNull(problem, "problem"))),
        cause);
  }

  /** As {@link #ProgressStoreException(String, String, Throwable)} without a cause. */
  public ProgressStoreException(String location, String problem) {
    this(location, problem, null);
  }

  /** The database concerned: a file path, or a server and database name. */
  public String location() {
    return diagnostics().get(0).source();
  }

  /** What is wrong, without the location. */
  public String problem() {
    return diagnostics().get(0).message();
  }
}
