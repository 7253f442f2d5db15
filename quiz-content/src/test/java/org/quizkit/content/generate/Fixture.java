package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.List;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Claim;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.Downstream;
import org.quizkit.content.dataset.Reach;
import org.quizkit.content.dataset.Route;
import org.quizkit.content.dataset.Section;
import org.quizkit.content.dataset.Site;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.content.dataset.Step;
import org.quizkit.content.dataset.Tier;

/**
 * A small dataset shaped like the real one, written for these tests: cancers with several tiers,
 * one uncertain fact, cancers with no most common site, a plural cancer name, a site that shares a
 * word with another (bones, bone marrow) and sites that are a cancer's own organ.
 */
final class Fixture {
  private Fixture() {}

  static final String SPREAD = "Which cancers spread where?";

  static Dataset dataset() {
    return new Dataset(
        "fixture",
        sections(),
        sites(),
        cancers(),
        facts(),
        routes(),
        steps(),
        claims(),
        downstream());
  }

  /** The same dataset without concept claims, steps or downstream entries. */
  static Dataset spreadOnly() {
    Dataset full = dataset();
    return new Dataset(
        "spread-only",
        full.sections(),
        full.sites(),
        full.cancers(),
        full.facts(),
        full.routes(),
        List.of(),
        List.of(),
        List.of());
  }

  private static List<Section> sections() {
    List<Section> out = new ArrayList<>();
    out.add(new Section("intro", "What is metastatic cancer?"));
    out.add(new Section("why", "Why cancers favour certain places"));
    out.add(new Section("spread", SPREAD));
    for (String[] s :
        new String[][] {
          {"lung", "Lung"},
          {"breast", "Breast"},
          {"prostate", "Prostate"},
          {"colorectal", "Colon and rectum"},
          {"kidney", "Kidney"},
          {"bladder", "Bladder"},
          {"liver", "Liver"},
          {"ovary", "Ovary"},
          {"brain", "Brain"},
          {"mouth", "Mouth and throat"}
        }) {
      out.add(new Section("spread/" + s[0], SPREAD + " / " + s[1]));
    }
    return out;
  }

  private static List<Site> sites() {
    return List.of(
        new Site("lungs", "lungs", List.of("lung", "pulmonary")),
        new Site("liver", "liver", List.of("hepatic")),
        new Site("bones", "bones", List.of("bone", "skeleton")),
        new Site("brain", "brain", List.of()),
        new Site("adrenal-glands", "adrenal glands", List.of("adrenal", "adrenals")),
        new Site("skin", "skin", List.of()),
        new Site("peritoneum", "peritoneum", List.of("abdominal lining")),
        new Site("omentum", "omentum", List.of()),
        new Site("renal-vein", "renal vein", List.of()),
        new Site("pelvic-wall", "pelvic wall", List.of()),
        new Site("spinal-cord", "spinal cord", List.of()),
        new Site("bone-marrow", "bone marrow", List.of("marrow")),
        new Site("spleen", "spleen", List.of()),
        new Site("nearby-tissues", "nearby tissues", List.of("surrounding tissues")));
  }

  private static Cancer cancer(
      String id, String name, List<String> aliases, String section, Reach reach, String note) {
    return new Cancer(id, name, aliases, "spread/" + section, reach, note);
  }

  private static List<Cancer> cancers() {
    return List.of(
        cancer(
            "lung",
            "lung cancer",
            List.of(),
            "lung",
            Reach.ANYWHERE,
            "It can reach nearly every organ."),
        cancer("breast", "breast cancer", List.of(), "breast", Reach.ANYWHERE, ""),
        cancer("prostate", "prostate cancer", List.of(), "prostate", Reach.UNSTATED, ""),
        cancer(
            "colorectal",
            "colon and rectal cancer",
            List.of("colon cancer", "rectal cancer"),
            "colorectal",
            Reach.ANYWHERE,
            ""),
        cancer("kidney", "kidney cancer", List.of("renal cancer"), "kidney", Reach.UNSTATED, ""),
        cancer("bladder", "bladder cancer", List.of(), "bladder", Reach.MOSTLY_LOCAL, ""),
        cancer("liver", "liver cancer", List.of(), "liver", Reach.MOSTLY_LOCAL, ""),
        cancer("ovary", "ovarian cancer", List.of(), "ovary", Reach.UNSTATED, ""),
        cancer("brain", "brain tumours", List.of("brain cancer"), "brain", Reach.MOSTLY_LOCAL, ""),
        cancer(
            "mouth",
            "cancers of the mouth and throat",
            List.of(),
            "mouth",
            Reach.MOSTLY_LOCAL,
            ""));
  }

  private static SpreadFact fact(String cancer, String site, Tier tier, String section) {
    return new SpreadFact(cancer + ">" + site, cancer, site, tier, "spread/" + section, "", false);
  }

  private static List<SpreadFact> facts() {
    List<SpreadFact> out = new ArrayList<>();
    for (String site : List.of("adrenal-glands", "liver", "bones", "brain")) {
      out.add(fact("lung", site, Tier.MOST, "lung"));
    }
    out.add(fact("lung", "lungs", Tier.ALSO, "lung"));
    out.add(fact("breast", "bones", Tier.MOST, "breast"));
    for (String site : List.of("liver", "lungs", "brain", "skin")) {
      out.add(fact("breast", site, Tier.ALSO, "breast"));
    }
    out.add(fact("prostate", "bones", Tier.MOST, "prostate"));
    out.add(fact("prostate", "lungs", Tier.LESS, "prostate"));
    out.add(fact("prostate", "liver", Tier.LESS, "prostate"));
    out.add(fact("colorectal", "liver", Tier.MOST, "colorectal"));
    out.add(fact("colorectal", "lungs", Tier.MOST, "colorectal"));
    out.add(fact("colorectal", "bones", Tier.ALSO, "colorectal"));
    out.add(fact("colorectal", "brain", Tier.ALSO, "colorectal"));
    out.add(fact("kidney", "renal-vein", Tier.LOCAL, "kidney"));
    out.add(fact("kidney", "adrenal-glands", Tier.LOCAL, "kidney"));
    out.add(fact("kidney", "lungs", Tier.MOST, "kidney"));
    out.add(fact("kidney", "bones", Tier.MOST, "kidney"));
    out.add(fact("bladder", "pelvic-wall", Tier.LOCAL, "bladder"));
    out.add(fact("bladder", "nearby-tissues", Tier.LOCAL, "bladder"));
    for (String site : List.of("lungs", "liver", "bones")) {
      out.add(fact("bladder", site, Tier.ALSO, "bladder"));
    }
    out.add(fact("liver", "lungs", Tier.MOST, "liver"));
    out.add(fact("liver", "bones", Tier.MOST, "liver"));
    out.add(fact("ovary", "peritoneum", Tier.MOST, "ovary"));
    out.add(fact("ovary", "omentum", Tier.MOST, "ovary"));
    // The one uncertain fact: how often ovarian cancer reaches the lungs is open to reading.
    out.add(
        new SpreadFact(
            "ovary>lungs",
            "ovary",
            "lungs",
            Tier.ALSO,
            "spread/ovary",
            "only once advanced",
            true));
    out.add(fact("ovary", "liver", Tier.ALSO, "ovary"));
    out.add(fact("ovary", "brain", Tier.RARE, "ovary"));
    out.add(fact("ovary", "skin", Tier.RARE, "ovary"));
    out.add(fact("brain", "spinal-cord", Tier.LOCAL, "brain"));
    out.add(fact("mouth", "lungs", Tier.MOST, "mouth"));
    out.add(fact("mouth", "liver", Tier.LESS, "mouth"));
    out.add(fact("mouth", "bones", Tier.LESS, "mouth"));
    return out;
  }

  private static List<Route> routes() {
    return List.of(
        new Route(
            "blood",
            "the bloodstream",
            true,
            "cells carried by the blood can reach any organ",
            "intro"),
        new Route(
            "lymph",
            "the lymph system",
            false,
            "cells may lodge in lymph nodes close by",
            "intro"));
  }

  private static List<Step> steps() {
    return List.of(
        new Step(
            "break-away", "leave the first tumour and get into the blood or lymph", 1, "intro"),
        new Step(
            "cross-wall", "stick to a vessel wall and pass through it into an organ", 2, "intro"),
        new Step("grow", "survive and multiply in the new place", 3, "intro"),
        new Step("evade", "escape the immune system", 0, "intro"));
  }

  private static List<Claim> claims() {
    return List.of(
        new Claim(
            "naming-1",
            "naming",
            "a cancer that has spread keeps the name of where it began",
            true,
            "intro"),
        new Claim(
            "naming-2",
            "naming",
            "breast cancer found in the lungs is lung cancer",
            false,
            "intro"),
        new Claim(
            "naming-3",
            "naming",
            "a tumour that has spread is treated as a cancer of the organ it reached",
            false,
            "it is treated as a cancer of the place where it began",
            "intro"),
        new Claim(
            "routes-1",
            "routes",
            "cells that break off travel in the blood more often than in the lymph",
            true,
            "intro"),
        new Claim(
            "routes-2",
            "routes",
            "cells that enter the blood can reach only nearby organs",
            false,
            "intro"),
        new Claim(
            "survival-1", "survival", "most cells that break away from a tumour die", true, "why"));
  }

  private static List<Downstream> downstream() {
    return List.of(
        new Downstream(
            "lungs",
            "many cancers reach the lungs",
            "the heart sends blood through the lungs before anywhere else",
            List.of("lungs"),
            List.of(),
            "why"),
        new Downstream(
            "colon-liver",
            "colon cancer often reaches the liver",
            "blood leaving the intestines goes to the liver",
            List.of("liver"),
            List.of("colorectal"),
            "why"),
        new Downstream(
            "breast-nodes",
            "breast cancer often reaches the nodes under the arm",
            "those nodes are the first ones the breast drains into",
            List.of(),
            List.of("breast"),
            "why"),
        new Downstream(
            "prostate-bones",
            "advanced prostate cancer often goes to the bones first",
            "substances on the cells may stick to cells in the bones",
            List.of("bones"),
            List.of("prostate"),
            "why"));
  }
}
