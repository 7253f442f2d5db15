package org.quizkit.core.drill;

import static com.google.common.base.Preconditions.checkNotNull;

import org.quizkit.core.session.Summary;

/**
 * How a drill ended and how it went.
 *
 * <p>Immutable and thread-safe.
 *
 * @param summary the score, time, missed questions and seed
 * @param ending why it stopped
 */
public record DrillResult(Summary summary, Ending ending) {
  public DrillResult {
    checkNotNull(summary, "summary");
    checkNotNull(ending, "ending");
  }

  /** Why a drill stopped. */
  public enum Ending {
    /** Every question was answered or skipped. */
    FINISHED,
    /** The learner typed {@code q}. */
    QUIT,
    /** The input ended (end of file, Ctrl-D or Ctrl-C). */
    END_OF_INPUT,
    /** The drill's stopping condition held, such as a module mastered. */
    ENOUGH
  }
}
