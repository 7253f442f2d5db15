package org.quizkit.worksheet;

import java.util.List;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.diagnostic.DiagnosticException;

/**
 * The bank cannot give the worksheet asked for, or a setting cannot be read. Carries every problem
 * found, not only the first, so a teacher can fix them in one go. A {@link DiagnosticException}:
 * each problem is located at what is at fault, a setting of the spec ({@code worksheet}), a
 * question ({@code question 'x'}), the bank, the output folder, or a place in a setting's text
 * ({@code points:1:10} for the tenth character of {@code Points.parse}'s text).
 */
public final class WorksheetException extends DiagnosticException {
  private static final long serialVersionUID = 1L;

  WorksheetException(List<Diagnostic> problems) {
    super(problems);
  }

  /** One problem of {@code source} as a whole. */
  static Diagnostic problem(String source, String message) {
    return new Diagnostic(source, 0, 0, message);
  }

  /** An exception with one problem of {@code source} as a whole. */
  static WorksheetException of(String source, String message) {
    return new WorksheetException(List.of(problem(source, message)));
  }
}
