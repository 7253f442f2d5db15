package org.quizkit.core.progress;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.quizkit.core.response.Response;

/**
 * One answer a learner gave.
 *
 * <p>Immutable and thread-safe.
 *
 * @param learner who answered
 * @param questionId the question answered
 * @param facts the ids of the facts the question relies on, whose memory the answer updates
 * @param response what the learner answered
 * @param score from 0 to 1
 * @param at when the answer was given
 * @param overridden whether the learner counted the answer as right on their own word ("I was
 *     right" after a typed answer the matcher did not accept), which {@code score} then reflects
 */
public record Attempt(
    String learner,
    String questionId,
    List<String> facts,
    Response response,
    double score,
    Instant at,
    boolean overridden) {
  public Attempt {
    checkNotNull(learner, "learner");
    checkNotNull(questionId, "questionId");
    checkNotNull(response, "response");
    checkNotNull(at, "at");
    checkArgument(!learner.isBlank(), "learner is blank");
    checkArgument(!questionId.isBlank(), "question id is blank");
    checkArgument(score >= 0 && score <= 1, "score %s is outside [0, 1]", score);
    facts = List.copyOf(facts);
    checkArgument(
        facts.stream().distinct().count() == facts.size(), "facts repeat an id: %s", facts);
  }

  /** An answer scored as given, not overridden by the learner. */
  public Attempt(
      String learner,
      String questionId,
      List<String> facts,
      Response response,
      double score,
      Instant at) {
    this(learner, questionId, facts, response, score, at, false);
  }
}
