package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A description that fits exactly one of the dataset's cancers, for "which cancer is this?"
 * questions.
 *
 * @param cancer the one cancer it fits
 * @param text the description, a lower-case clause in our own words ("it can cause tumors called
 *     plasmacytomas")
 */
public record Clue(String id, String cancer, String text, String section) {
  /** Checks every text is present. */
  public Clue {
    checkNotNull(id, "id");
    checkNotNull(cancer, "cancer");
    checkNotNull(text, "text");
    checkNotNull(section, "section");
  }
}
