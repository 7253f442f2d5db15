package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One claim of the source: a cancer reaches a site, this often.
 *
 * @param id {@code cancer>site}, unique in the dataset
 * @param uncertain true when the source's wording leaves the tier open to reading; questions never
 *     rely on an uncertain fact
 * @param note how the source puts it, in our own words, or empty
 */
public record SpreadFact(
    String id,
    String cancer,
    String site,
    Tier tier,
    String section,
    String note,
    boolean uncertain) {
  /** Checks every value is present (the note may be empty, not null). */
  public SpreadFact {
    checkNotNull(id, "id");
    checkNotNull(cancer, "cancer");
    checkNotNull(site, "site");
    checkNotNull(tier, "tier");
    checkNotNull(section, "section");
    checkNotNull(note, "note");
  }
}
