package org.quizkit.core.drill;

/** How a drill looks: what the terminal (and the learner) can take. */
public enum Style {
  /** ASCII only and no escape codes: for pipes, logs, screen readers and {@code NO_COLOR}. */
  PLAIN,
  /** Unicode symbols and ANSI colour, for a terminal that shows both. */
  RICH
}
