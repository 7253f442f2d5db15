package org.quizkit.core.progress;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * An attempt as a {@link ProgressStorage} keeps it: the response and the fact ids already written
 * as JSON text by {@link ProgressStore}, so that a storage only stores and returns text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param learner who answered
 * @param questionId the question answered
 * @param factsJson the ids of the facts, as a JSON array of strings
 * @param responseJson the response, as a JSON object
 * @param score from 0 to 1
 * @param at when the answer was given, to the microsecond
 * @param overridden whether the learner counted the answer as right on their own word
 */
public record StoredAttempt(
    String learner,
    String questionId,
    String factsJson,
    String responseJson,
    double score,
    Instant at,
    boolean overridden) {
  public StoredAttempt {
    checkNotNull(learner, "learner");
    checkNotNull(questionId, "questionId");
    checkNotNull(factsJson, "factsJson");
    checkNotNull(responseJson, "responseJson");
    checkNotNull(at, "at");
  }
}
