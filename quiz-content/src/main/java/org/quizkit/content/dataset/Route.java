package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A way cancer cells travel through the body.
 *
 * @param moreCommon true for the route the source says cells take more often
 * @param description what the route is, in our own words
 */
public record Route(
    String id, String name, boolean moreCommon, String description, String section) {
  /** Checks every text is present. */
  public Route {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(description, "description");
    checkNotNull(section, "section");
  }
}
