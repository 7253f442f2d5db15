package org.quizkit.content.oracle;

import java.util.List;

/** A dataset file the oracle cannot read, with every problem found in it. */
final class SpreadFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  SpreadFileException(String source, List<String> problems) {
    super(source + ": " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem, naming the entry and the value. */
  List<String> problems() {
    return problems;
  }
}
