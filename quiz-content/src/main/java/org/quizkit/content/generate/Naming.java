package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Claim;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.Site;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.content.dataset.Tier;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.seed.Seeds;

/**
 * "Lung cancer has spread to the brain. What is the cancer there called, and treated as?" A
 * metastasis keeps the name of the cancer it started as; the tempting wrong answer is the cancer of
 * the organ it reached. The template asks a handful of such scenarios (see {@link #subjects}): one
 * per fact would be dozens of near-identical items, each naming its answer in the stem.
 */
final class Naming implements Template {
  static final String ID = "naming";
  private static final String TOPIC = "naming";

  /** The most scenarios the template asks. */
  static final int LIMIT = 6;

  /** How many scenarios may share the organ reached. */
  private static final int PER_SITE = 2;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.SINGLE_CHOICE;
  }

  /** Facts of spread only: local growth is not a tumor that "has spread". */
  private static List<SpreadFact> facts(Facts facts) {
    return facts.certainFacts().stream().filter(f -> f.tier() != Tier.LOCAL).toList();
  }

  /**
   * At most {@link #LIMIT} facts of spread, in dataset order, chosen for the trap: first facts
   * whose site is the organ of another cancer (lung cancer for the lungs), a cancer's most common
   * sites before its others, then dataset order; each cancer once, each site at most {@link
   * #PER_SITE} times.
   */
  @Override
  public List<String> subjects(Facts facts) {
    List<SpreadFact> candidates =
        facts(facts).stream()
            .filter(f -> others(facts, facts.cancer(f.cancer())).size() >= 2)
            .sorted(
                Comparator.comparing((SpreadFact f) -> trap(facts, f).isEmpty() ? 1 : 0)
                    .thenComparing(f -> f.tier() == Tier.MOST ? 0 : 1))
            .toList();
    List<SpreadFact> chosen = new ArrayList<>();
    Set<String> cancers = new HashSet<>();
    Map<String, Integer> sites = new HashMap<>();
    for (SpreadFact fact : candidates) {
      if (chosen.size() < LIMIT
          && !cancers.contains(fact.cancer())
          && sites.getOrDefault(fact.site(), 0) < PER_SITE) {
        chosen.add(fact);
        cancers.add(fact.cancer());
        sites.merge(fact.site(), 1, Integer::sum);
      }
    }
    return facts(facts).stream().filter(chosen::contains).map(SpreadFact::id).toList();
  }

  /** The other cancers that start in the organ the fact's site is. */
  private static List<Cancer> trap(Facts facts, SpreadFact fact) {
    return facts.organCancers(fact.site()).stream()
        .filter(c -> !c.id().equals(fact.cancer()))
        .toList();
  }

  /** Every other cancer whose name reads differently from this one's, in dataset order. */
  private static List<Cancer> others(Facts facts, Cancer cancer) {
    Set<String> taken = new HashSet<>();
    taken.add(facts.normal(cancer.name()));
    List<Cancer> out = new ArrayList<>();
    for (Cancer other : facts.dataset().cancers()) {
      if (taken.add(facts.normal(other.name()))) {
        out.add(other);
      }
    }
    return out;
  }

  /**
   * The organ's own cancer first, then, in half the draws, the most tempting wrong names: cancers
   * that reach the same site themselves; the rest are filler.
   */
  private static List<Cancer> distractors(
      Facts facts,
      Site site,
      List<Cancer> others,
      List<Cancer> organ,
      int count,
      RandomGenerator random) {
    List<Cancer> distractors = new ArrayList<>();
    if (!organ.isEmpty()) {
      distractors.add(organ.get(0));
    }
    List<Cancer> shuffled = Seeds.shuffled(others, random);
    List<Cancer> preferred = new ArrayList<>();
    // Half the draws take the rest as they come: a scenario whose tempting names all read alike
    // (all longer than the key, all after it in the alphabet) would otherwise tell the key.
    boolean tempting = random.nextBoolean();
    shuffled.stream()
        .filter(o -> tempting && facts.certain(o.id(), site.id()).isPresent())
        .forEach(preferred::add);
    shuffled.stream().filter(o -> !preferred.contains(o)).forEach(preferred::add);
    for (Cancer other : preferred) {
      if (distractors.size() < count && !distractors.contains(other)) {
        distractors.add(other);
      }
    }
    return distractors;
  }

  private static SpreadFact fact(Facts facts, String subject) {
    return facts(facts).stream()
        .filter(f -> f.id().equals(subject))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no certain fact of spread '" + subject + "'"));
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    SpreadFact fact = fact(facts, subject);
    return List.of("cancer:" + fact.cancer(), "site:" + fact.site(), "topic:" + TOPIC);
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Dataset dataset = facts.dataset();
    SpreadFact fact = fact(facts, subject);
    Cancer cancer = facts.cancer(fact.cancer());
    Site site = facts.site(fact.site());
    List<Cancer> others = others(facts, cancer);
    List<Cancer> organ = facts.organCancers(site.id()).stream().filter(others::contains).toList();
    int count = 2 + random.nextInt(2);
    String name = Names.capitalise(cancer.name());
    // Drawn so that neither the key's length nor its alphabetical rank tells it (see Balance).
    List<Cancer> drawn =
        Balance.draw(
            random,
            r -> {
              List<Cancer> cancers = new ArrayList<>();
              cancers.add(cancer);
              cancers.addAll(distractors(facts, site, others, organ, count, r));
              return cancers;
            },
            cancers -> {
              List<String> texts = new ArrayList<>();
              texts.add(name);
              cancers.subList(1, cancers.size()).forEach(c -> texts.add(Names.cancerOption(c)));
              return texts;
            });
    List<Cancer> distractors = drawn.subList(1, drawn.size());

    List<Option> options = new ArrayList<>();
    options.add(Option.of(cancer.id(), name, cancer.id()));
    for (Cancer other : distractors) {
      String feedback =
          organ.contains(other)
              ? Names.capitalise(other.name())
                  + Names.verb(other, " is", " are")
                  + " the name for cancer that starts in "
                  + Names.the(site)
                  + ", a primary tumor there. This tumor started as "
                  + cancer.name()
                  + " and spread, so it keeps that name."
              : Names.capitalise(other.name())
                  + Names.verb(other, " is", " are")
                  + " a different cancer; this one started as "
                  + cancer.name()
                  + ".";
      options.add(new Option(other.id(), Names.cancerOption(other), other.id(), feedback));
    }
    String stem =
        name
            + " "
            + Names.verb(cancer, "has", "have")
            + " spread to "
            + Names.the(site)
            + ". What is the cancer there called, and treated as?";
    String explanation =
        "Wherever it spreads, a cancer keeps the name of the cancer it began as, and doctors treat"
            + " it as that cancer. So the tumor in "
            + Names.the(site)
            + " is called "
            + cancer.name()
            + " and treated as "
            + cancer.name()
            + (organ.isEmpty()
                ? "."
                : "; "
                    + organ.get(0).name()
                    + " would mean a primary cancer, one that began in "
                    + Names.the(site)
                    + ".");
    List<Claim> rules =
        dataset.claims().stream().filter(c -> c.truth() && c.topic().equals(TOPIC)).toList();
    List<String> basis = new ArrayList<>();
    basis.add(fact.id());
    rules.forEach(c -> basis.add(c.id()));
    String section =
        rules.isEmpty()
            ? facts.sectionTitle(fact.section())
            : facts.sectionTitle(rules.get(0).section());
    QuestionInfo info =
        new QuestionInfo(
            explanation,
            section,
            basis,
            ID,
            subject,
            "named(" + cancer.id() + "," + site.id() + ",?)",
            tags(facts, subject),
            organ.isEmpty() ? Difficulty.EASY : Difficulty.MEDIUM);
    return new SingleChoice(
        questionId(subject), stem, Seeds.shuffled(options, random), cancer.id(), info);
  }
}
