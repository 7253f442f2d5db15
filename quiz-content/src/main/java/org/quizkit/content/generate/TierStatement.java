package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Site;
import org.quizkit.content.dataset.Reach;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.content.dataset.Tier;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.TrueFalse;

/**
 * A true or false statement about one certain fact, worded with its qualifier. The subject is the
 * fact; the seed decides whether the statement keeps the fact's tier (true) or swaps in a tier the
 * contract makes false: "most often" for a site that is not a most common one, or "less
 * often"/"rarely" for one that is. Facts with no false reading always give the true statement.
 */
final class TierStatement implements Template {
  static final String ID = "tier-statement";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.TRUE_FALSE;
  }

  @Override
  public List<String> subjects(Facts facts) {
    return facts.certainFacts().stream().map(SpreadFact::id).toList();
  }

  /** The tier that makes a false statement about this fact, if there is one. */
  private static Optional<Tier> falseTier(Facts facts, SpreadFact fact, RandomGenerator random) {
    if (fact.tier() == Tier.MOST) {
      // A cancer that mostly stays put has its most common sites only once it spreads: "it
      // rarely spreads to s" would then be close to true, so there is no false reading.
      if (facts.dataset().cancer(fact.cancer()).orElseThrow().reach() == Reach.MOSTLY_LOCAL) {
        return Optional.empty();
      }
      return Optional.of(random.nextBoolean() ? Tier.LESS : Tier.RARE);
    }
    if (!facts.mostFacts(fact.cancer()).isEmpty()) {
      return Optional.of(Tier.MOST);
    }
    return Optional.empty();
  }

  /** With an uncertain fact in play, the list of most common sites is not known to be complete. */
  private static boolean hasUncertain(Facts facts, Cancer cancer) {
    return facts.dataset().factsAbout(cancer.id()).stream().anyMatch(SpreadFact::uncertain);
  }

  private static SpreadFact fact(Facts facts, String subject) {
    return facts.certainFacts().stream()
        .filter(f -> f.id().equals(subject))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no certain fact '" + subject + "'"));
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    SpreadFact fact = fact(facts, subject);
    return List.of(
        "cancer:" + fact.cancer(),
        "site:" + fact.site(),
        "topic:spread",
        "tier:" + fact.tier().id());
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    SpreadFact fact = fact(facts, subject);
    Cancer cancer = facts.cancer(fact.cancer());
    Site site = facts.site(fact.site());
    boolean wantFalse = random.nextBoolean();
    Optional<Tier> falseTier = falseTier(facts, fact, random);
    Tier stated = wantFalse && falseTier.isPresent() ? falseTier.get() : fact.tier();
    boolean truth = stated == fact.tier();

    String actual = Explain.statement(cancer, fact.tier(), site);
    List<String> parts = new ArrayList<>();
    parts.add(truth ? "True." : "False.");
    parts.add(actual);
    List<String> basis = new ArrayList<>();
    basis.add(fact.id());
    List<Site> most = facts.mostSites(cancer.id());
    if (!most.isEmpty() && (fact.tier() != Tier.MOST || most.size() > 1)) {
      parts.add(
          (Names.plural(cancer) ? "They" : "It")
              + " most often "
              + Names.verb(cancer, "spreads", "spread")
              + " to "
              + Names.siteList(most)
              + (fact.tier() == Tier.MOST || hasUncertain(facts, cancer)
                  ? "."
                  : ", and the article names no other place as one of the most common."));
      facts.mostFacts(cancer.id()).stream()
          .map(SpreadFact::id)
          .filter(id -> !basis.contains(id))
          .forEach(basis::add);
    }
    if (!fact.note().isBlank()) {
      parts.add(Explain.aside("Note", fact.note()));
    }
    Difficulty difficulty =
        !truth
            ? Difficulty.HARD
            : fact.tier() == Tier.MOST || fact.tier() == Tier.ALSO
                ? Difficulty.EASY
                : Difficulty.MEDIUM;
    QuestionInfo info =
        new QuestionInfo(
            String.join(" ", parts),
            facts.sectionTitle(fact.section()),
            basis,
            ID,
            subject,
            stated.id() + "(" + cancer.id() + "," + site.id() + ")",
            tags(facts, subject),
            difficulty);
    return new TrueFalse(questionId(subject), Explain.statement(cancer, stated, site), truth, info);
  }
}
