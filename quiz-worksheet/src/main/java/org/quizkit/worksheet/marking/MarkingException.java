package org.quizkit.worksheet.marking;

import java.util.List;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.diagnostic.DiagnosticException;

/**
 * The answers file cannot be marked. Carries every problem found, each at its line and column, so a
 * teacher can fix them all in one go.
 */
public final class MarkingException extends DiagnosticException {
  private static final long serialVersionUID = 1L;

  MarkingException(List<Diagnostic> diagnostics) {
    super(diagnostics);
  }
}
