package org.quizkit.core.schedule;

import static com.google.common.base.Preconditions.checkArgument;

/** How well a fact was recalled at one review, on the four-point FSRS scale. */
public enum Rating {
  /** Forgotten, or answered wrongly. */
  AGAIN(1),
  /** Recalled with serious difficulty, or answered partly right. */
  HARD(2),
  /** Recalled: answered fully right. */
  GOOD(3),
  /** Recalled without effort; only a learner can say so, never a score alone. */
  EASY(4);

  private final int grade;

  Rating(int grade) {
    this.grade = grade;
  }

  /** The FSRS grade, 1 (again) to 4 (easy). */
  public int grade() {
    return grade;
  }

  /**
   * The rating a score earns: a full score (1) is {@link #GOOD}, a score of at least one half is
   * {@link #HARD}, anything less is {@link #AGAIN}. A score never earns {@link #EASY}: being right
   * says nothing about how effortless the recall was.
   *
   * @param score between 0 and 1, as scoring reports it
   * @throws IllegalArgumentException if the score is outside [0, 1] or not a number
   */
  public static Rating fromScore(double score) {
    checkArgument(score >= 0 && score <= 1, "score %s is outside [0, 1]", score);
    if (score >= 1) {
      return GOOD;
    }
    return score >= 0.5 ? HARD : AGAIN;
  }
}
