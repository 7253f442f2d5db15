package org.quizkit.worksheet;

import java.util.List;

/**
 * The bank cannot give the worksheet asked for. Carries every problem found, not only the first, so
 * a teacher can fix them in one go.
 */
public final class WorksheetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  WorksheetException(List<String> problems) {
    super(
        problems.size() == 1
            ? problems.get(0)
            : problems.size() + " problems:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, each naming the question or setting and the value at fault. */
  public List<String> problems() {
    return problems;
  }
}
