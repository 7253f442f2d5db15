package org.quizkit.worksheet.marking;

import java.util.List;
import java.util.stream.Collectors;
import org.quizkit.core.diagnostic.Diagnostic;

/**
 * The answers file cannot be marked. Carries every problem found, each at its line and column, so a
 * teacher can fix them all in one go.
 */
public final class MarkingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  MarkingException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every problem, in file order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
