package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.Site;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.seed.Seeds;

/**
 * "Which of these cancers most often spreads to the bones?": the reverse of {@link MostSite}. Only
 * cancers with a certain most common site can be distractors; for any other cancer the claim is
 * undecided.
 */
final class MostCancer implements Template {
  static final String ID = "most-cancer";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.SINGLE_CHOICE;
  }

  @Override
  public List<String> subjects(Facts facts) {
    Dataset dataset = facts.dataset();
    return dataset.sites().stream()
        .filter(s -> !keys(facts, s).isEmpty() && distractors(facts, s).size() >= 2)
        .filter(s -> canHide(facts, s))
        .map(Site::id)
        .toList();
  }

  private static List<Cancer> keys(Facts facts, Site site) {
    return facts.dataset().cancers().stream()
        .filter(c -> facts.mostTrue(c.id(), site.id()))
        .toList();
  }

  /**
   * Whether the key can sit on either side of a distractor both by length and alphabetically: where
   * every key is shorter than every distractor (lung cancer, the only key for the adrenal glands)
   * or after all of them in the alphabet (ovarian cancer, the only key for the peritoneum), the
   * words of the options would tell the key whatever the draw, so the site is not asked here
   * (most-site and the statements ask those facts).
   */
  private static boolean canHide(Facts facts, Site site) {
    List<String> keys = keys(facts, site).stream().map(c -> option(facts, c)).toList();
    List<String> others = distractors(facts, site).stream().map(c -> option(facts, c)).toList();
    return straddles(keys, others, Comparator.comparingInt(String::length))
        && straddles(keys, others, Comparator.naturalOrder());
  }

  /** Whether some key comes before some other option, and some key after some other option. */
  private static boolean straddles(
      List<String> keys, List<String> others, Comparator<String> order) {
    boolean before = false;
    boolean after = false;
    for (String key : keys) {
      for (String other : others) {
        before |= order.compare(key, other) < 0;
        after |= order.compare(key, other) > 0;
      }
    }
    return before && after;
  }

  private static String option(Facts facts, Cancer cancer) {
    return Names.capitalise(Explain.mostOption(facts, cancer));
  }

  private static List<Cancer> distractors(Facts facts, Site site) {
    Set<String> taken = new HashSet<>();
    keys(facts, site).forEach(c -> taken.add(facts.normal(c.name())));
    List<Cancer> out = new ArrayList<>();
    for (Cancer cancer : facts.dataset().cancers()) {
      if (facts.mostFalse(cancer.id(), site.id())
          && !facts.tooCloseToHome(cancer.id(), site.id())
          && taken.add(facts.normal(cancer.name()))) {
        out.add(cancer);
      }
    }
    return out;
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    List<String> tags = new ArrayList<>();
    tags.add("site:" + subject);
    // Every cancer that could be the key, not the one drawn: tags must not change with the seed
    // (they place the question in modules) nor single out the answer.
    keys(facts, facts.site(subject)).forEach(c -> tags.add("cancer:" + c.id()));
    tags.add("topic:spread");
    return tags;
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Site site = facts.site(subject);
    List<Cancer> keys = keys(facts, site);
    List<Cancer> candidates = distractors(facts, site);
    int count = Math.min(candidates.size(), 2 + random.nextInt(3));
    // Drawn so that neither the key's length nor its alphabetical rank tells it (see Balance).
    List<Cancer> drawn =
        Balance.draw(
            random,
            r -> {
              List<Cancer> cancers = new ArrayList<>();
              cancers.add(keys.get(r.nextInt(keys.size())));
              cancers.addAll(Seeds.shuffled(candidates, r).subList(0, count));
              return cancers;
            },
            cancers ->
                cancers.stream().map(c -> Names.capitalise(Explain.mostOption(facts, c))).toList());
    Cancer key = drawn.get(0);
    List<Cancer> chosen = drawn.subList(1, drawn.size());

    List<Option> options = new ArrayList<>();
    options.add(Option.of(key.id(), Names.capitalise(Explain.mostOption(facts, key)), key.id()));
    List<String> basis = new ArrayList<>();
    facts.certain(key.id(), site.id()).map(SpreadFact::id).ifPresent(basis::add);
    boolean trap = false;
    for (Cancer cancer : chosen) {
      options.add(
          new Option(
              cancer.id(),
              Names.capitalise(Explain.mostOption(facts, cancer)),
              cancer.id(),
              feedback(facts, cancer, site)));
      facts.mostFacts(cancer.id()).forEach(f -> basis.add(f.id()));
      if (facts.certain(cancer.id(), site.id()).isPresent()) {
        basis.add(facts.certain(cancer.id(), site.id()).get().id());
        trap = true;
      }
    }
    String explanation =
        Names.capitalise(Explain.mostLead(facts, key))
            + " most often "
            + Names.verb(key, "spreads", "spread")
            + " to "
            + Names.siteList(facts.mostSites(key.id()))
            + ".";
    List<String> others =
        keys.stream()
            .filter(c -> !c.id().equals(key.id()))
            .map(c -> Explain.mostName(facts, c))
            .toList();
    if (!others.isEmpty()) {
      explanation +=
          " Other cancers whose most common sites include "
              + Names.the(site)
              + ": "
              + Names.and(others)
              + ".";
    }
    List<String> sections = new ArrayList<>();
    sections.add(key.section());
    chosen.forEach(c -> sections.add(c.section()));
    QuestionInfo info =
        new QuestionInfo(
            explanation,
            facts.commonSectionTitle(sections),
            basis,
            ID,
            subject,
            "most(?," + subject + ")",
            tags(facts, subject),
            trap ? Difficulty.HARD : Difficulty.MEDIUM);
    // "if it spreads" keeps the condition some keys carry (liver cancer, if it spreads at all).
    String stem =
        "Which of these cancers, if it spreads, most often goes to " + Names.the(site) + "?";
    return new SingleChoice(
        questionId(subject), stem, Seeds.shuffled(options, random), key.id(), info);
  }

  private static String feedback(Facts facts, Cancer cancer, Site site) {
    String most =
        Names.capitalise(Explain.mostLead(facts, cancer))
            + " most often "
            + Names.verb(cancer, "spreads", "spread")
            + " to "
            + Names.siteList(facts.mostSites(cancer.id()))
            + ".";
    // What the dataset says of this cancer and the asked site, when it says anything.
    return facts
        .certain(cancer.id(), site.id())
        .map(f -> most + " " + Explain.notMost(facts, cancer, site))
        .orElse(most);
  }
}
