package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A section of the source article, so a reader can go back to it.
 *
 * @param id short id used by facts, such as {@code spread/lung}
 * @param title the section's heading path, such as {@code "Which cancers spread where? / Lung"}
 */
public record Section(String id, String title) {
  /** Checks both texts are present. */
  public Section {
    checkNotNull(id, "id");
    checkNotNull(title, "title");
  }
}
