package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A step a cancer cell must go through to form a tumor elsewhere.
 *
 * @param order the step's place in the sequence the source implies (1, 2, ...), or 0 when the
 *     source implies no place for it (for example escaping the immune system, needed throughout)
 */
public record Step(String id, String text, int order, String section) {
  /** Checks every text is present and the order is not negative. */
  public Step {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkNotNull(section, "section");
    checkArgument(order >= 0, "step %s has negative order %s", id, order);
  }
}
