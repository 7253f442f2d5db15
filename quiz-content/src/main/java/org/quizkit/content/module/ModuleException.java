package org.quizkit.content.module;

import java.util.List;
import java.util.stream.Collectors;
import org.quizkit.core.diagnostic.Diagnostic;

/** A module file that cannot be used, with every problem found in it. */
public final class ModuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  ModuleException(List<Diagnostic> diagnostics) {
    super(
        diagnostics.size()
            + (diagnostics.size() == 1 ? " problem" : " problems")
            + " in the learning modules:\n"
            + diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every problem, in file order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
