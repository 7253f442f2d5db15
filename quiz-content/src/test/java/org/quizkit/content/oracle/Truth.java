package org.quizkit.content.oracle;

/**
 * The value of a claim against the dataset. The source is open world, so a claim it neither makes
 * nor contradicts is {@link #UNDECIDED}, never {@link #FALSE}.
 */
enum Truth {
  TRUE,
  FALSE,
  UNDECIDED;

  /** {@code TRUE} or {@code FALSE} as the boolean says. */
  static Truth of(boolean value) {
    return value ? TRUE : FALSE;
  }
}
