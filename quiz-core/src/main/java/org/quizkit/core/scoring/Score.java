package org.quizkit.core.scoring;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The mark for one response to one question.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value between 0 and 1 inclusive
 * @param fullMarks whether the response is exactly right; true exactly when {@code value} is 1
 */
public record Score(double value, boolean fullMarks) {
  private static final Score FULL = new Score(1.0, true);
  private static final Score NONE = new Score(0.0, false);

  public Score {
    checkArgument(value >= 0.0 && value <= 1.0, "score %s is outside [0, 1]", value);
    checkArgument(
        fullMarks == (value == 1.0), "score %s cannot have fullMarks=%s", value, fullMarks);
  }

  /** Full marks. */
  public static Score full() {
    return FULL;
  }

  /** No marks. */
  public static Score none() {
    return NONE;
  }

  /** The score with this value in [0, 1]; full marks when it is 1. */
  public static Score of(double value) {
    return new Score(value, value == 1.0);
  }

  /** Full marks when {@code right}, none otherwise. */
  static Score allOrNothing(boolean right) {
    return right ? FULL : NONE;
  }

  /** {@code parts} out of {@code outOf}, with {@code outOf} at least 1. */
  static Score fraction(int parts, int outOf) {
    checkArgument(outOf >= 1 && parts >= 0 && parts <= outOf, "%s out of %s", parts, outOf);
    return of(parts == outOf ? 1.0 : (double) parts / outOf);
  }
}
