package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Reach;
import org.quizkit.content.dataset.Site;
import org.quizkit.content.dataset.SpreadFact;
import org.quizkit.content.dataset.Tier;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.TrueFalse;

/**
 * A true or false statement about one certain fact, worded with its qualifier and condition. The
 * subject is the fact; the seed decides whether the statement keeps the fact's tier (true) or swaps
 * in a tier the contract makes false: "most often" for a site where {@code most(c,s)} is FALSE, or
 * "less often"/"rarely" for a most common site. Facts with no false reading always give the true
 * statement, so the others are read false more often than half the time, which keeps the template's
 * keys balanced over its subjects.
 *
 * <p>It asks about at most {@link #LIMIT} facts, chosen for what they teach (see {@link
 * #subjects}): one question per fact would make it a third of the bank.
 */
final class TierStatement implements Template {
  static final String ID = "tier-statement";

  /** The most facts the template asks about. */
  static final int LIMIT = 40;

  // Within a cancer, the tiers whose qualifier teaches most come first: "less often" and
  // "rarely" are the words learners drop, local growth is easily taken for spread.
  private static final List<Tier> TEACHING_ORDER =
      List.of(Tier.LESS, Tier.RARE, Tier.MOST, Tier.LOCAL, Tier.ALSO);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.TRUE_FALSE;
  }

  /**
   * At most {@link #LIMIT} certain facts, in dataset order. First one fact of every cancer that has
   * one, so each is asked about; then facts that have a false reading, so the keys can balance;
   * then the rest. Each stage goes round the cancers in dataset order, one fact each per round;
   * within a cancer, facts with a false reading come first, then a tier that cancer has not had yet
   * before a repeated one (in {@link #TEACHING_ORDER}: "less often" and "rarely" are the qualifiers
   * learners drop), and a fact with a condition or a "tends to" before a plain one.
   */
  @Override
  public List<String> subjects(Facts facts) {
    Map<String, List<SpreadFact>> queues = new LinkedHashMap<>();
    for (Cancer cancer : facts.dataset().cancers()) {
      List<SpreadFact> own = facts.certainFacts(cancer.id());
      if (!own.isEmpty()) {
        List<SpreadFact> queue = new ArrayList<>();
        queue.addAll(teachingOrder(own.stream().filter(f -> readable(facts, f)).toList()));
        queue.addAll(teachingOrder(own.stream().filter(f -> !readable(facts, f)).toList()));
        queues.put(cancer.id(), queue);
      }
    }
    List<SpreadFact> chosen = new ArrayList<>();
    for (List<SpreadFact> queue : queues.values()) {
      if (chosen.size() < LIMIT) {
        chosen.add(queue.remove(0));
      }
    }
    for (boolean wantReadable : List.of(true, false)) {
      boolean more = true;
      while (more && chosen.size() < LIMIT) {
        more = false;
        for (List<SpreadFact> queue : queues.values()) {
          if (!queue.isEmpty()
              && readable(facts, queue.get(0)) == wantReadable
              && chosen.size() < LIMIT) {
            chosen.add(queue.remove(0));
            more = true;
          }
        }
      }
    }
    return facts.certainFacts().stream().filter(chosen::contains).map(SpreadFact::id).toList();
  }

  private static boolean readable(Facts facts, SpreadFact fact) {
    return !falseTiers(facts, fact).isEmpty();
  }

  // One fact of each tier in teaching order, then the rest the same way, and so on.
  private static List<SpreadFact> teachingOrder(List<SpreadFact> facts) {
    List<SpreadFact> left = new ArrayList<>(facts);
    left.sort(Comparator.comparing((SpreadFact f) -> qualified(f) ? 0 : 1));
    List<SpreadFact> out = new ArrayList<>();
    while (!left.isEmpty()) {
      for (Tier tier : TEACHING_ORDER) {
        left.stream()
            .filter(f -> f.tier() == tier)
            .findFirst()
            .ifPresent(
                f -> {
                  out.add(f);
                  left.remove(f);
                });
      }
    }
    return out;
  }

  private static boolean qualified(SpreadFact fact) {
    return !fact.when().isBlank() || fact.tends();
  }

  /** The tiers that make a false statement about this fact; empty when there is none. */
  private static List<Tier> falseTiers(Facts facts, SpreadFact fact) {
    if (fact.tier() == Tier.MOST) {
      // A cancer that mostly stays put has its most common sites only once it spreads: "it
      // rarely spreads to s" would then be close to true, so there is no false reading.
      if (facts.cancer(fact.cancer()).reach() == Reach.MOSTLY_LOCAL) {
        return List.of();
      }
      return List.of(Tier.LESS, Tier.RARE);
    }
    return facts.mostFalse(fact.cancer(), fact.site()) ? List.of(Tier.MOST) : List.of();
  }

  /**
   * How often a fact with a false reading is read false: set so that, over the template's subjects,
   * half the statements are expected to be false (at most always).
   */
  private static double falseShare(Facts facts) {
    List<String> subjects = new TierStatement().subjects(facts);
    long readable = subjects.stream().filter(id -> readable(facts, fact(facts, id))).count();
    return readable == 0 ? 0 : Math.min(1.0, subjects.size() / (2.0 * readable));
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
    List<Tier> falseTiers = falseTiers(facts, fact);
    boolean wantFalse = random.nextDouble() < falseShare(facts);
    Optional<Tier> falseTier =
        falseTiers.isEmpty()
            ? Optional.empty()
            : Optional.of(falseTiers.get(random.nextInt(falseTiers.size())));
    Tier stated = wantFalse && falseTier.isPresent() ? falseTier.get() : fact.tier();
    boolean truth = stated == fact.tier();

    String actual = Explain.statement(facts, cancer, fact, site);
    List<String> parts = new ArrayList<>();
    parts.add(truth ? "True." : "False.");
    parts.add(actual);
    List<String> basis = new ArrayList<>();
    basis.add(fact.id());
    List<Site> most = facts.mostSites(cancer.id());
    if (!most.isEmpty() && (fact.tier() != Tier.MOST || most.size() > 1)) {
      String when = Explain.mostCondition(facts, cancer);
      parts.add(
          (when.isBlank()
                  ? (Names.plural(cancer) ? "They" : "It")
                  : Names.capitalise(when.strip()) + ", " + (Names.plural(cancer) ? "they" : "it"))
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
    if (!fact.note().isBlank() && !Explain.isComparison(fact.note())) {
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
    // The condition of the tier the statement claims: the most common sites' own for "most
    // often", else the fact's (a false "rarely" about a most common site keeps its condition).
    String when = stated == Tier.MOST ? Explain.mostCondition(facts, cancer) : fact.when();
    String statement =
        Explain.statement(facts, cancer, stated, site, when, stated == Tier.LOCAL && fact.tends());
    return new TrueFalse(questionId(subject), statement, truth, info);
  }
}
