package org.quizkit.web.page;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What a posted question form says: an answer to score, or a hint for the learner to fix it.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Posted permits Posted.Answer, Posted.Hint {

  /**
   * A complete answer.
   *
   * @param responseJson the response as {@code docs/schema/response.schema.json} has it, for {@link
   *     org.quizkit.core.delivery.DeliveredQuiz#score}
   */
  record Answer(String responseJson) implements Posted {
    public Answer {
      checkNotNull(responseJson, "responseJson");
    }
  }

  /**
   * A form that is not yet an answer (nothing chosen, an item without a place, a place given
   * twice).
   *
   * @param message one or two short sentences: what is wrong, naming the item, then what is wanted
   */
  record Hint(String message) implements Posted {
    public Hint {
      checkNotNull(message, "message");
      checkArgument(!message.isBlank(), "a hint needs words");
    }
  }
}
