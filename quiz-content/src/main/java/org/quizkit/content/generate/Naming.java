package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
 * "Breast cancer has spread to the lungs. What is the tumour there called and treated as?" A
 * metastasis keeps the name of the cancer it started as; the tempting wrong answer is the cancer of
 * the organ it reached, offered whenever the dataset has one.
 */
final class Naming implements Template {
  static final String ID = "naming";
  private static final String TOPIC = "naming";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.SINGLE_CHOICE;
  }

  /** Facts of spread only: local growth is not a tumour that "has spread". */
  private static List<SpreadFact> facts(Facts facts) {
    return facts.certainFacts().stream().filter(f -> f.tier() != Tier.LOCAL).toList();
  }

  @Override
  public List<String> subjects(Facts facts) {
    return facts(facts).stream()
        .filter(f -> others(facts, facts.cancer(f.cancer())).size() >= 2)
        .map(SpreadFact::id)
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
    List<Cancer> distractors = new ArrayList<>();
    if (!organ.isEmpty()) {
      distractors.add(organ.get(0));
    }
    // After the organ's own cancer, the most tempting wrong names are cancers that reach the same
    // site themselves; the rest are filler.
    List<Cancer> shuffled = Seeds.shuffled(others, random);
    List<Cancer> preferred = new ArrayList<>();
    shuffled.stream()
        .filter(o -> facts.certain(o.id(), site.id()).isPresent())
        .forEach(preferred::add);
    shuffled.stream().filter(o -> !preferred.contains(o)).forEach(preferred::add);
    for (Cancer other : preferred) {
      if (distractors.size() < count && !distractors.contains(other)) {
        distractors.add(other);
      }
    }

    String name = Names.capitalise(cancer.name());
    List<Option> options = new ArrayList<>();
    options.add(Option.of(cancer.id(), name, cancer.id()));
    for (Cancer other : distractors) {
      String feedback =
          organ.contains(other)
              ? "The tumour sits in "
                  + Names.the(site)
                  + ", but it started as "
                  + cancer.name()
                  + ", so it is not "
                  + other.name()
                  + "."
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
        "Wherever it spreads, a cancer keeps the name of the place it started and is treated by"
            + " that name. This is still "
            + cancer.name()
            + (organ.isEmpty() ? "" : ", not " + organ.get(0).name())
            + ", and it is treated as "
            + cancer.name()
            + ".";
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
