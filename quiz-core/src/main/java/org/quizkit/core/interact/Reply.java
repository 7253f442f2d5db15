package org.quizkit.core.interact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.quizkit.core.response.Response;

/**
 * What a line typed by the learner means: an answer, a command, or a mistake with a hint.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface Reply permits Reply.Answer, Reply.Command, Reply.Invalid {

  /** A command the learner can type instead of an answer. */
  enum Action {
    /** {@code ?}: explain what to type. */
    HELP,
    /** {@code s}: leave this question unanswered. */
    SKIP,
    /** {@code q}: stop. */
    QUIT,
    /** {@code u}: take back the previous answer and answer that question again. */
    UNDO,
    /** {@code r}: count the previous typed answer as right, on the learner's word. */
    RIGHT
  }

  /** A well-formed answer to the question. */
  record Answer(Response response) implements Reply {
    public Answer {
      checkNotNull(response, "response");
    }
  }

  /** A command rather than an answer. */
  record Command(Action action) implements Reply {
    public Command {
      checkNotNull(action, "action");
    }
  }

  /**
   * A line that is not a valid answer.
   *
   * @param hint one or two short sentences: what was wrong, then what is expected
   */
  record Invalid(String hint) implements Reply {
    public Invalid {
      checkNotNull(hint, "hint");
      checkArgument(!hint.isBlank(), "hint is blank");
    }
  }
}
