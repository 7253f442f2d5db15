package org.quizkit.core.diagnostic;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input, with every problem found in it at its place: the common type of the dataset, module,
 * bank, marking, worksheet, response and progress-store errors, so a caller can catch one type and
 * print every problem one way.
 *
 * <p>The message is {@link #render()}: one problem a line, compiler style ({@code
 * source:line:column: message}), then, when there are several, how many.
 */
public abstract class DiagnosticException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  /**
   * An exception carrying {@code diagnostics} (at least one), whose message is their {@link
   * #render()}.
   */
  protected DiagnosticException(List<Diagnostic> diagnostics) {
    this(diagnostics, null);
  }

  /**
   * As {@link #DiagnosticException(List)}, caused by {@code cause} (such as the error of a database
   * or a parser), or null.
   */
  protected DiagnosticException(List<Diagnostic> diagnostics, Throwable cause) {
    super(render(diagnostics), cause);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every problem, in file order where the position is known. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * The problems one a line, compiler style, then their count ("2 problems") when there are
   * several; a single problem is its one line, so it can stand as an error message on its own.
   */
  public String render() {
    return render(diagnostics);
  }

  private static String render(List<Diagnostic> diagnostics) {
    checkArgument(
        !diagnostics.isEmpty(), "an exception about bad input needs at least one problem");
    String lines = diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
    int n = diagnostics.size();
    return n == 1 ? lines : lines + "\n" + n + " problems";
  }
}
