package org.quizkit.core.session;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.List;

/**
 * How a session went.
 *
 * <p>Immutable and thread-safe.
 *
 * @param total how many questions the quiz had
 * @param answered how many were answered
 * @param skipped how many were skipped
 * @param unanswered how many were neither (not reached yet, or left when the learner quit)
 * @param totalScore the sum of the scores of the answered questions
 * @param percentage {@code totalScore} as a percentage of {@code total} (skipped and unanswered
 *     questions count as 0); 0 for an empty quiz
 * @param timeTaken from the start of the session to its end (the last question answered or skipped,
 *     or quitting), or to now while it runs, by the session's clock
 * @param missed every question without full marks, in quiz order, with its correct answer
 * @param seed the quiz's seed, to take the same quiz again
 * @param quit whether the learner quit before the end
 */
public record Summary(
    int total,
    int answered,
    int skipped,
    int unanswered,
    double totalScore,
    double percentage,
    Duration timeTaken,
    List<Miss> missed,
    long seed,
    boolean quit) {
  public Summary {
    checkNotNull(timeTaken, "timeTaken");
    checkArgument(
        answered >= 0
            && skipped >= 0
            && unanswered >= 0
            && answered + skipped + unanswered == total,
        "answered %s + skipped %s + unanswered %s is not the total %s",
        answered,
        skipped,
        unanswered,
        total);
    checkArgument(
        totalScore >= 0 && totalScore <= answered,
        "total score %s outside [0, %s answered]",
        Double.valueOf(totalScore),
        Integer.valueOf(answered));
    checkArgument(percentage >= 0 && percentage <= 100, "percentage %s", percentage);
    checkArgument(!timeTaken.isNegative(), "negative time taken %s", timeTaken);
    missed = List.copyOf(missed);
  }
}
