package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.Site;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.content.dataset.Tier;

/**
 * {@link Fixture}'s dataset with what typed answers need and the dataset cannot say yet: a spine
 * inside the bones, organs of the pelvis and abdomen around the liver, and breast cancer's underarm
 * lymph nodes as an uncertain fact. The dataset loader has no containment field yet (a {@code
 * part_of} field on sites is coming), so the containment is given here as a table. Ovarian cancer
 * also gets the organs of the pelvis and abdomen as a most common site, so that its liver (stated
 * at a lower tier) lies inside a keyed site.
 */
final class TypedFixture {
  private TypedFixture() {}

  /** Which sites lie inside which, by id. */
  static final Map<String, List<String>> INSIDE =
      Map.of("bones", List.of("spine"), "pelvic-organs", List.of("liver"));

  static Dataset dataset() {
    Dataset base = Fixture.dataset();
    List<Site> sites = new ArrayList<>(base.sites());
    sites.add(new Site("spine", "spine", List.of("vertebrae", "backbone", "spinal column")));
    sites.add(
        new Site("underarm-lymph-nodes", "underarm lymph nodes", List.of("armpit lymph nodes")));
    sites.add(
        new Site("pelvic-organs", "organs of the pelvis and abdomen", List.of("pelvic organs")));
    List<SpreadFact> facts = new ArrayList<>(base.facts());
    // As in the article: the organs of the pelvis and abdomen are among ovarian cancer's most
    // common sites, and the liver (one of those organs) is named for it at a lower tier.
    facts.add(
        new SpreadFact(
            "ovary>pelvic-organs", "ovary", "pelvic-organs", Tier.MOST, "spread/ovary", "", false));
    facts.add(
        new SpreadFact(
            "breast>underarm-lymph-nodes",
            "breast",
            "underarm-lymph-nodes",
            Tier.ALSO,
            "spread/breast",
            "often, but not said to be most often",
            true));
    return new Dataset(
        "typed-fixture",
        base.sections(),
        sites,
        base.cancers(),
        facts,
        base.routes(),
        base.steps(),
        base.claims(),
        base.downstream());
  }

  /** The template reading containment from {@link #INSIDE}. */
  static MostSiteTyped template() {
    return new MostSiteTyped(
        (facts, siteId) ->
            INSIDE.getOrDefault(siteId, List.of()).stream().map(facts::site).toList());
  }
}
