package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
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
 * from the seed, finds such a set; {@link MostMatchTable} holds the dataset's side of it.
 */
final class MostMatch implements Template {
  static final String ID = "most-match";

  /** The one subject: the question is about cancers in general, not one of them. */
  static final String SUBJECT = "cancers";

  private static final String STEM = "Match each cancer with a place where it most often spreads.";
  private static final String STEM_WITH_EXTRA = STEM + " One place matches none of them.";

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
    MostMatchTable table = facts.mostMatch();
    int[] pool = new int[facts.cancersWithMostSites().size()];
    for (int k = 0; k < pool.length; k++) {
      pool[k] = k;
    }
    return table.search(pool, 3, Seeds.random(0)) != null ? List.of(SUBJECT) : List.of();
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    MostMatchTable table = facts.mostMatch();
    int[] pool = table.shuffledPool(random);
    int size = 3 + random.nextInt(2);
    int[] pairs = table.search(pool, size, random);
    if (pairs == null && size > 3) {
      pairs = table.search(pool, 3, random);
    }
    if (pairs == null) {
      throw new IllegalStateException("no unique pairing in " + facts.dataset().name());
    }
    int extra = table.extra(pairs, random);

    List<Option> premises = new ArrayList<>(pairs.length);
    List<Option> choices = new ArrayList<>(pairs.length + 1);
    Map<String, String> key = new LinkedHashMap<>();
    List<String> basis = new ArrayList<>();
    StringBuilder explanation = new StringBuilder();
    for (int candidate : pairs) {
      int cancer = table.cancerOf(candidate);
      Option premise = table.premise(cancer);
      Option choice = table.choice(candidate);
      premises.add(premise);
      choices.add(choice);
      key.put(premise.id(), choice.id());
      basis.addAll(table.basis(cancer));
      explanation.append(table.line(cancer)).append(' ');
    }
    if (extra >= 0) {
      choices.add(table.extraChoice(extra));
    }
    explanation.append("Only one of the offered places is among each cancer's most common sites.");
    QuestionInfo info =
        new QuestionInfo(
            explanation.toString(),
            table.sectionTitle(pairs),
            basis,
            ID,
            subject,
            "most(?,?)",
            tags(facts, subject),
            Difficulty.HARD);
    return new Matching(
        questionId(subject),
        extra >= 0 ? STEM_WITH_EXTRA : STEM,
        Seeds.shuffled(premises, random),
        Seeds.shuffled(choices, random),
        key,
        info);
  }

  /** The pool the premises are drawn from, not the draw: tags must not change with the seed. */
  @Override
  public List<String> tags(Facts facts, String subject) {
    return facts.mostMatch().tags();
  }
}
