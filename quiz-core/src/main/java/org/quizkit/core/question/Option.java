package org.quizkit.core.question;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One option of a choice question, one side of a matching pair, or one item to order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable within its question and unchanged by shuffling; letters are given only when
 *     shown
 * @param text what the learner reads
 * @param refers the id of the thing the option names in the content it came from (for example a
 *     site id), or empty when it names nothing
 * @param feedback shown when this option is chosen, or empty
 */
public record Option(String id, String text, String refers, String feedback) {
  public Option {
    checkNotNull(id, "option id");
    checkNotNull(text, "option text");
    checkNotNull(refers, "option refers");
    checkNotNull(feedback, "option feedback");
    checkArgument(!id.isBlank(), "option id is blank (text '%s')", text);
    checkArgument(!text.isBlank(), "option '%s' has blank text", id);
  }

  /** An option that names a thing, without feedback of its own. */
  public static Option of(String id, String text, String refers) {
    return new Option(id, text, refers, "");
  }

  /** An option that names nothing, without feedback of its own. */
  public static Option of(String id, String text) {
    return new Option(id, text, "", "");
  }
}
