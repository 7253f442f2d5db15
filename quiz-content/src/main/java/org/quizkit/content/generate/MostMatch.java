package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.Site;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.seed.Seeds;

/**
 * Match cancers to a most common site. The pairing must be unique: every cancer offered must have
 * exactly one of the offered sites among its most common sites, and for every other pair the claim
 * must be false, never undecided. A small backtracking search over the dataset, in an order drawn
 * from the seed, finds such a set.
 */
final class MostMatch implements Template {
  static final String ID = "most-match";

  /** The one subject: the question is about cancers in general, not one of them. */
  static final String SUBJECT = "cancers";

  private static final String PREMISE = "cancer-";
  private static final String CHOICE = "site-";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.MATCHING;
  }

  @Override
  public List<String> subjects(Facts facts) {
    // A fixed seed only orders the search; any order finds a pairing when one exists.
    return search(facts, facts.cancersWithMostSites(), 3, Seeds.random(0)).isPresent()
        ? List.of(SUBJECT)
        : List.of();
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Dataset dataset = facts.dataset();
    List<Cancer> pool = Seeds.shuffled(facts.cancersWithMostSites(), random);
    int size = 3 + random.nextInt(2);
    Optional<Map<Cancer, Site>> found = search(facts, pool, size, random);
    if (found.isEmpty() && size > 3) {
      found = search(facts, pool, 3, random);
    }
    Map<Cancer, Site> pairs =
        found.orElseThrow(
            () -> new IllegalStateException("no unique pairing in " + dataset.name()));
    List<Site> extras = extras(facts, pairs);
    Optional<Site> extra =
        !extras.isEmpty() && random.nextBoolean()
            ? Optional.of(extras.get(random.nextInt(extras.size())))
            : Optional.empty();

    List<Option> premises = new ArrayList<>();
    List<Option> choices = new ArrayList<>();
    Map<String, String> key = new LinkedHashMap<>();
    List<String> basis = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Map.Entry<Cancer, Site> pair : pairs.entrySet()) {
      Cancer cancer = pair.getKey();
      Site site = pair.getValue();
      premises.add(Option.of(PREMISE + cancer.id(), Names.cancerOption(cancer), cancer.id()));
      choices.add(Option.of(CHOICE + site.id(), Names.siteOption(site), site.id()));
      key.put(PREMISE + cancer.id(), CHOICE + site.id());
      facts.mostFacts(cancer.id()).forEach(f -> basis.add(f.id()));
      sections.add(cancer.section());
      lines.add(
          Names.capitalise(cancer.name())
              + " most often "
              + Names.verb(cancer, "spreads", "spread")
              + " to "
              + Names.siteList(facts.mostSites(cancer.id()))
              + ".");
    }
    // The pool the premises are drawn from, not the draw: tags must not change with the seed.
    facts.cancersWithMostSites().forEach(c -> tags.add("cancer:" + c.id()));
    extra.ifPresent(
        site -> {
          choices.add(
              new Option(
                  CHOICE + site.id(),
                  Names.siteOption(site),
                  site.id(),
                  "None of these cancers has "
                      + Names.the(site)
                      + " among its most common sites."));
        });
    tags.add("topic:spread");
    String stem =
        "Match each cancer with a place where it most often spreads."
            + (extra.isPresent() ? " One place matches none of them." : "");
    String explanation =
        String.join(" ", lines)
            + " Only one of the offered places is among each cancer's most common sites.";
    QuestionInfo info =
        new QuestionInfo(
            explanation,
            facts.commonSectionTitle(sections),
            basis,
            ID,
            subject,
            "most(?,?)",
            tags,
            Difficulty.HARD);
    return new Matching(
        questionId(subject),
        stem,
        Seeds.shuffled(premises, random),
        Seeds.shuffled(choices, random),
        key,
        info);
  }

  /** Sites that are not a most common site of any chosen cancer and could pass for one. */
  private static List<Site> extras(Facts facts, Map<Cancer, Site> pairs) {
    List<Site> out = new ArrayList<>();
    for (Site site : facts.dataset().sites()) {
      boolean fits =
          !pairs.containsValue(site)
              && SiteDistractors.destination(facts, site)
              && pairs.keySet().stream()
                  .allMatch(
                      c ->
                          facts.mostFalse(c.id(), site.id())
                              && !facts.isOwnOrgan(c.id(), site.id()))
              && pairs.values().stream()
                  .noneMatch(
                      s ->
                          facts.overlap(s, site)
                              || facts.normalOption(s).equals(facts.normalOption(site)));
      if (fits) {
        out.add(site);
      }
    }
    return out;
  }

  /**
   * Picks {@code size} cancers from {@code pool}, in pool order, each with one of its most common
   * sites, so that the pairing is unique. Backtracks over both choices.
   */
  static Optional<Map<Cancer, Site>> search(
      Facts facts, List<Cancer> pool, int size, RandomGenerator random) {
    LinkedHashMap<Cancer, Site> chosen = new LinkedHashMap<>();
    return extend(facts, pool, 0, size, chosen, random) ? Optional.of(chosen) : Optional.empty();
  }

  private static boolean extend(
      Facts facts,
      List<Cancer> pool,
      int from,
      int size,
      LinkedHashMap<Cancer, Site> chosen,
      RandomGenerator random) {
    if (chosen.size() == size) {
      return true;
    }
    for (int i = from; i < pool.size() && pool.size() - i >= size - chosen.size(); i++) {
      Cancer cancer = pool.get(i);
      for (Site site : Seeds.shuffled(facts.mostSites(cancer.id()), random)) {
        if (fits(facts, chosen, cancer, site)) {
          chosen.put(cancer, site);
          if (extend(facts, pool, i + 1, size, chosen, random)) {
            return true;
          }
          chosen.remove(cancer);
        }
      }
    }
    return false;
  }

  private static boolean fits(Facts facts, Map<Cancer, Site> chosen, Cancer cancer, Site site) {
    String normal = facts.normalOption(site);
    for (Map.Entry<Cancer, Site> pair : chosen.entrySet()) {
      String other = pair.getKey().id();
      Site taken = pair.getValue();
      boolean unique =
          facts.mostFalse(other, site.id())
              && facts.mostFalse(cancer.id(), taken.id())
              && !facts.isOwnOrgan(other, site.id())
              && !facts.isOwnOrgan(cancer.id(), taken.id())
              && !facts.normalOption(taken).equals(normal)
              && !facts.normalOption(pair.getKey()).equals(facts.normalOption(cancer));
      if (!unique) {
        return false;
      }
    }
    return !facts.isOwnOrgan(cancer.id(), site.id());
  }

  /** The pool the premises are drawn from, not the draw: tags must not change with the seed. */
  @Override
  public List<String> tags(Facts facts, String subject) {
    List<String> tags = new ArrayList<>();
    facts.cancersWithMostSites().forEach(c -> tags.add("cancer:" + c.id()));
    tags.add("topic:spread");
    return tags;
  }
}
