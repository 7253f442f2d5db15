package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Claim;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.TrueFalse;

/**
 * One concept claim to judge true or false. A false claim's explanation gives the fact that makes
 * it false (its {@code why}), so the learner leaves with the right idea, not only a verdict.
 */
final class ConceptStatement implements Template {
  static final String ID = "concept-statement";
  private static final int PER_TRUE = 1;
  private static final int PER_FALSE = 2;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.TRUE_FALSE;
  }

  /**
   * A share of the claims, so that one true/false item per claim does not outweigh every other kind
   * of question (issue 11: true/false at most 40 % of the bank, no template above 20 %); the rest
   * are asked as options of concept-choice. Taken, in dataset order: at most {@value #PER_FALSE}
   * false claims of each topic (their explanation teaches the fact that refutes them); every true
   * claim longer than all the topic's false ones, which concept-choice never keys (its key must not
   * stand out by length); and more true claims up to {@value #PER_TRUE} a topic.
   */
  @Override
  public List<String> subjects(Facts facts) {
    Dataset dataset = facts.dataset();
    Map<String, Integer> longestFalse = new HashMap<>();
    for (Claim claim : dataset.claims()) {
      if (!claim.truth()) {
        longestFalse.merge(claim.topic(), claim.text().length(), Math::max);
      }
    }
    Map<String, Integer> taken = new HashMap<>();
    Set<String> chosen = new LinkedHashSet<>();
    for (Claim claim : dataset.claims()) {
      boolean neverKeyed =
          claim.truth() && claim.text().length() > longestFalse.getOrDefault(claim.topic(), 0);
      if (neverKeyed) {
        chosen.add(claim.id());
        taken.merge(claim.topic() + "/true", 1, Integer::sum);
      }
    }
    for (Claim claim : dataset.claims()) {
      String key = claim.topic() + "/" + claim.truth();
      int limit = claim.truth() ? PER_TRUE : PER_FALSE;
      if (!chosen.contains(claim.id()) && taken.getOrDefault(key, 0) < limit) {
        chosen.add(claim.id());
        taken.merge(key, 1, Integer::sum);
      }
    }
    return dataset.claims().stream().map(Claim::id).filter(chosen::contains).toList();
  }

  private static Claim claim(Dataset dataset, String subject) {
    return dataset.claims().stream()
        .filter(c -> c.id().equals(subject))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no claim '" + subject + "'"));
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    return List.of("topic:" + claim(facts.dataset(), subject).topic());
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Dataset dataset = facts.dataset();
    Claim claim = claim(dataset, subject);
    List<String> basis = new ArrayList<>();
    basis.add(claim.id());
    String explanation;
    if (claim.truth()) {
      // Where the article makes the point (in our words: its headings would be copied runs), not
      // a sister claim: that would give away the answer
      // to another question of the same quiz.
      explanation =
          "True: the article makes this point where it discusses "
              + Topics.label(claim.topic())
              + ".";
    } else {
      // The fact that makes the claim false, so the learner leaves with the right idea.
      explanation =
          "False. "
              + (claim.why().isBlank()
                  ? "The article says otherwise."
                  : Explain.sentence(claim.why()));
    }
    QuestionInfo info =
        new QuestionInfo(
            explanation,
            facts.sectionTitle(claim.section()),
            basis,
            ID,
            subject,
            "claim(" + claim.id() + ")",
            tags(facts, subject),
            claim.truth() ? Difficulty.EASY : Difficulty.MEDIUM);
    return new TrueFalse(questionId(subject), Explain.sentence(claim.text()), claim.truth(), info);
  }
}
