package org.quizkit.core.export;

import java.util.List;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.diagnostic.DiagnosticException;

/** A bank file that could not be read, with every problem found in it. */
public final class BankReadException extends DiagnosticException {

  /** An exception carrying {@code diagnostics}, at least one. */
  public BankReadException(List<Diagnostic> diagnostics) {
    super(diagnostics);
  }
}
