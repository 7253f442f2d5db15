package org.quizkit.core.session;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * A question of a session that did not earn full marks, with what the learner should have answered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param questionId the question
 * @param stem what it asked
 * @param reason why it is listed
 * @param score the marks earned, below 1 (0 unless partly right)
 * @param correctAnswer the key as text, one line per part
 * @param explanation why the key is right
 * @param section where in the source to read more
 */
public record Miss(
    String questionId,
    String stem,
    Reason reason,
    double score,
    List<String> correctAnswer,
    String explanation,
    String section) {
  public Miss {
    checkNotNull(questionId, "questionId");
    checkNotNull(stem, "stem of '%s'", questionId);
    checkNotNull(reason, "reason of '%s'", questionId);
    checkNotNull(explanation, "explanation of '%s'", questionId);
    checkNotNull(section, "section of '%s'", questionId);
    checkArgument(score >= 0 && score < 1, "missed question '%s' scored %s", questionId, score);
    checkArgument(
        reason == Reason.PARTLY_RIGHT ? score > 0 : score == 0,
        "question '%s' is %s with score %s",
        questionId,
        reason,
        score);
    correctAnswer = List.copyOf(correctAnswer);
  }

  /** Why a question is among the missed ones. */
  public enum Reason {
    /** Answered and earned nothing. */
    WRONG,
    /** Answered and earned part of the marks. */
    PARTLY_RIGHT,
    /** Passed over with {@link Session#skip()}. */
    SKIPPED,
    /** Never reached: the learner quit first. */
    UNANSWERED
  }
}
