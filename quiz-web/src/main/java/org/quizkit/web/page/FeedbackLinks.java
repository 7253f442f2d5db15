package org.quizkit.web.page;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * How a learner goes on after reading the feedback on an answer.
 *
 * @param next the URL of the link to go on (the next question, the summary); empty for no link
 * @param nextLabel the link's words, such as {@code Next question}; not blank when {@code next} is
 *     given
 */
public record FeedbackLinks(String next, String nextLabel) {
  public FeedbackLinks {
    checkNotNull(next, "next");
    checkNotNull(nextLabel, "nextLabel");
    checkArgument(
        next.isEmpty() || !nextLabel.isBlank(), "the link to '%s' has no words (nextLabel)", next);
  }

  /** No link to go on (the page around the feedback gives its own). */
  public static FeedbackLinks none() {
    return new FeedbackLinks("", "");
  }
}
