package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * A pattern of spread and the reason the source gives for it.
 *
 * @param pattern what is seen, in our own words (for example "many cancers reach the lungs")
 * @param cause why, in our own words (for example "the heart sends blood through the lungs first")
 * @param sites the site ids the pattern is about
 * @param cancers the cancer ids the pattern is about, empty for "many cancers"
 */
public record Downstream(
    String id,
    String pattern,
    String cause,
    List<String> sites,
    List<String> cancers,
    String section) {
  /** Checks every value is present and copies the lists. */
  public Downstream {
    checkNotNull(id, "id");
    checkNotNull(pattern, "pattern");
    checkNotNull(cause, "cause");
    checkNotNull(section, "section");
    sites = List.copyOf(sites);
    cancers = List.copyOf(cancers);
  }
}
