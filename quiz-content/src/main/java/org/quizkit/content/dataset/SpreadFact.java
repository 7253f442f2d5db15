package org.quizkit.content.dataset;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One claim of the source: a cancer reaches a site, this often.
 *
 * @param id {@code cancer>site}, unique in the dataset
 * @param uncertain true when the source's wording leaves the tier open to reading; questions never
 *     rely on an uncertain fact
 * @param note how the source puts it, in our own words, or empty
 * @param when the condition the source puts on the fact, as a phrase that reads after the cancer's
 *     name between commas ("once it is advanced", "if it spreads at all"), or empty; statements of
 *     the fact keep it
 * @param tends true when the source says the cancer tends to do this (said of local growth), so
 *     statements say "tends to" rather than "can"
 */
public record SpreadFact(
    String id,
    String cancer,
    String site,
    Tier tier,
    String section,
    String note,
    boolean uncertain,
    String when,
    boolean tends) {
  /** Checks every value is present (the note and the condition may be empty, not null). */
  public SpreadFact {
    checkNotNull(id, "id");
    checkNotNull(cancer, "cancer");
    checkNotNull(site, "site");
    checkNotNull(tier, "tier");
    checkNotNull(section, "section");
    checkNotNull(note, "note");
    checkNotNull(when, "when");
  }

  /** A fact with no condition, not said to be a tendency. */
  public SpreadFact(
      String id,
      String cancer,
      String site,
      Tier tier,
      String section,
      String note,
      boolean uncertain) {
    this(id, cancer, site, tier, section, note, uncertain, "", false);
  }
}
