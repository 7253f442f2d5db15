package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.stream.Collectors;
import org.quizkit.core.diagnostic.Diagnostic;

/**
 * A dataset file could not be loaded. Carries every problem found, not just the first, so a teacher
 * fixing a file sees them all at once. The message lists them one a line, compiler style.
 */
public final class DatasetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<Diagnostic> diagnostics;

  /**
   * Creates the exception.
   *
   * @param diagnostics the problems, at least one, in the order they should be shown
   */
  public DatasetException(List<Diagnostic> diagnostics) {
    super(render(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every problem found, in file order where the position is known. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String render(List<Diagnostic> diagnostics) {
    checkArgument(!diagnostics.isEmpty(), "a dataset exception needs at least one diagnostic");
    String lines = diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    int n = diagnostics.size();
    return lines + "\n" + n + (n == 1 ? " problem" : " problems");
  }
}
