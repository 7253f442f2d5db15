package org.quizkit.core.drill;

import java.time.Instant;
import org.quizkit.core.question.Question;
import org.quizkit.core.response.Response;
import org.quizkit.core.scoring.Feedback;

/**
 * Keeps each scored answer, such as in a progress store. A drill calls it as soon as an answer is
 * scored, before showing the next question, so that stopping at any moment loses nothing already
 * answered.
 */
@FunctionalInterface
public interface Recorder {
  /** Does nothing: for a drill whose answers are not kept. */
  Recorder NONE = (question, response, feedback, at) -> {};

  /**
   * Keeps one answer.
   *
   * @param at when it was given, by the drill's clock
   */
  void record(Question question, Response response, Feedback feedback, Instant at);

  /**
   * Keeps one answer the learner counted as right on their own word ({@code r} after a typed answer
   * the matcher did not accept); {@code feedback} has full marks. By default kept as any other.
   */
  default void recordOverride(Question question, Response response, Feedback feedback, Instant at) {
    record(question, response, feedback, at);
  }
}
