package org.quizkit.core.export;

import java.util.List;
import java.util.stream.Collectors;
import org.quizkit.core.diagnostic.Diagnostic;

/** A bank file that could not be read, with every problem found in it. */
public final class BankReadException extends RuntimeException {
  private final List<Diagnostic> diagnostics;

  /** An exception carrying {@code diagnostics}, at least one. */
  public BankReadException(List<Diagnostic> diagnostics) {
    super(render(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every problem, in file order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String render(List<Diagnostic> diagnostics) {
    return diagnostics.size()
        + " problem(s):\n"
        + diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
  }
}
