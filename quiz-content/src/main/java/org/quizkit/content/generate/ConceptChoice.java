package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Claim;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.seed.Seeds;

/** "Which statement about naming is true?": one true claim among false claims of the same topic. */
final class ConceptChoice implements Template {
  static final String ID = "concept-choice";

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
    Set<String> topics = new LinkedHashSet<>();
    dataset.claims().forEach(c -> topics.add(c.topic()));
    return topics.stream()
        .filter(t -> !of(dataset, t, true).isEmpty() && of(dataset, t, false).size() >= 2)
        .toList();
  }

  /** The topic's claims of one truth, with no two reading the same. */
  private static List<Claim> of(Dataset dataset, String topic, boolean truth) {
    Set<String> seen = new HashSet<>();
    return dataset.claims().stream()
        .filter(c -> c.topic().equals(topic) && c.truth() == truth)
        .filter(c -> seen.add(Names.normal(c.text())))
        .toList();
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    return List.of("topic:" + subject);
  }

  /**
   * The true claims at most a quarter longer than the longest of the drawn false ones, else the
   * shortest true one: a key far longer than every other option would stand out whatever its rank.
   */
  private static List<Claim> near(List<Claim> truths, List<Claim> wrong) {
    int longest = wrong.stream().mapToInt(c -> Explain.sentence(c.text()).length()).max().orElse(0);
    List<Claim> near =
        truths.stream()
            .filter(c -> Explain.sentence(c.text()).length() * 4 <= longest * 5)
            .toList();
    return near.isEmpty()
        ? List.of(
            truths.stream()
                .min(Comparator.comparingInt(c -> Explain.sentence(c.text()).length()))
                .orElseThrow())
        : near;
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Dataset dataset = facts.dataset();
    List<Claim> falsehoods = of(dataset, subject, false);
    // At least one false claim is left out, so that the draw has a choice of distractors (and
    // Balance a choice of places for the key); never fewer than two.
    int count = Math.max(2, Math.min(falsehoods.size() - 1, 2 + random.nextInt(2)));
    // The key, any true claim, and the false claims are drawn so that neither the key's length
    // rank nor its alphabetical rank among the options tells it (see Balance).
    List<Claim> truths = of(dataset, subject, true);
    List<Claim> drawn =
        Balance.draw(
            random,
            r -> {
              List<Claim> wrong = Seeds.shuffled(falsehoods, r).subList(0, count);
              List<Claim> keys = near(truths, wrong);
              List<Claim> claims = new ArrayList<>();
              claims.add(keys.get(r.nextInt(keys.size())));
              claims.addAll(wrong);
              return claims;
            },
            claims -> claims.stream().map(c -> Explain.sentence(c.text())).toList());
    Claim key = drawn.get(0);
    List<Claim> chosen = drawn.subList(1, drawn.size());

    List<Option> options = new ArrayList<>();
    options.add(Option.of(key.id(), Explain.sentence(key.text()), key.id()));
    List<String> basis = new ArrayList<>();
    basis.add(key.id());
    for (Claim claim : chosen) {
      options.add(
          new Option(
              claim.id(),
              Explain.sentence(claim.text()),
              claim.id(),
              claim.why().isBlank()
                  ? "The article says otherwise."
                  : Explain.sentence(claim.why())));
      basis.add(claim.id());
    }
    String explanation =
        "True: "
            + Explain.sentence(key.text())
            + " The other statements go against what the article says.";
    QuestionInfo info =
        new QuestionInfo(
            explanation,
            facts.sectionTitle(key.section()),
            basis,
            ID,
            subject,
            "claim(?)",
            tags(facts, subject),
            Difficulty.MEDIUM);
    String stem = "Which statement about " + Topics.label(subject) + " is true?";
    return new SingleChoice(
        questionId(subject), stem, Seeds.shuffled(options, random), key.id(), info);
  }
}
