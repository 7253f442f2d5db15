package org.quizkit.content.module;

import java.util.List;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.diagnostic.DiagnosticException;

/** A module file that cannot be used, with every problem found in it. */
public final class ModuleException extends DiagnosticException {
  private static final long serialVersionUID = 1L;

  ModuleException(List<Diagnostic> diagnostics) {
    super(diagnostics);
  }
}
