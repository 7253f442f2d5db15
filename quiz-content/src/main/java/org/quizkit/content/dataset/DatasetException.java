package org.quizkit.content.dataset;

import java.util.List;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.diagnostic.DiagnosticException;

/**
 * A dataset file could not be loaded. Carries every problem found, not just the first, so a teacher
 * fixing a file sees them all at once. The message lists them one a line, compiler style.
 */
public final class DatasetException extends DiagnosticException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param diagnostics the problems, at least one, in the order they should be shown
   */
  public DatasetException(List<Diagnostic> diagnostics) {
    super(diagnostics);
  }
}
