package org.quizkit.content.learner;

import java.time.Instant;
import org.quizkit.core.progress.Attempt;
import org.quizkit.core.question.Question;
import org.quizkit.core.response.Response;
import org.quizkit.core.schedule.CountedFacts;
import org.quizkit.core.scoring.Feedback;

/** The attempt an answer is recorded as, whichever front end it was given in. */
public final class Attempts {
  private Attempts() {}

  /**
   * One answer of {@code learner}, scored as {@code feedback} says, counted for the facts {@link
   * CountedFacts} gives (a miss only against the facts the key depends on); {@code overridden} when
   * the learner counted a typed answer as right themselves.
   */
  public static Attempt of(
      String learner,
      Question question,
      Response response,
      Feedback feedback,
      Instant at,
      boolean overridden) {
    double score = feedback.score().value();
    return new Attempt(
        learner,
        question.id(),
        CountedFacts.of(question.info(), score),
        response,
        score,
        at,
        overridden);
  }
}
