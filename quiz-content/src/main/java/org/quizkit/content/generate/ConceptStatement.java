package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Claim;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.TrueFalse;

/**
 * One concept claim to judge true or false. A false claim's explanation gives the fact that makes it
 * false (its {@code why}), so the learner leaves with the right idea, not only a verdict.
 */
final class ConceptStatement implements Template {
  static final String ID = "concept-statement";
  private static final int PER_TRUE = 2;
  private static final int PER_FALSE = 3;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.TRUE_FALSE;
  }

  /**
   * At most {@value #PER_TRUE} true and {@value #PER_FALSE} false claims of each topic, in dataset
   * order: the rest are still asked, as options of concept-choice, and a bank of one true/false item
   * per claim would outweigh every other kind of question (issue 11: true/false at most 40 % of
   * the bank, no template above 20 %). False ones are preferred: their explanation teaches the
   * fact that refutes them.
   */
  @Override
  public List<String> subjects(Facts facts) {
    Dataset dataset = facts.dataset();
    Map<String, Integer> taken = new HashMap<>();
    List<String> out = new ArrayList<>();
    for (Claim claim : dataset.claims()) {
      String key = claim.topic() + "/" + claim.truth();
      if (taken.merge(key, 1, Integer::sum) <= (claim.truth() ? PER_TRUE : PER_FALSE)) {
        out.add(claim.id());
      }
    }
    return out;
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
      List<Claim> more =
          dataset.claims().stream()
              .filter(
                  c -> c.truth() && c.topic().equals(claim.topic()) && !c.id().equals(claim.id()))
              .limit(1)
              .toList();
      explanation =
          "True: the article makes this point."
              + (more.isEmpty()
                  ? ""
                  : " On the same topic it also says: " + Explain.sentence(more.get(0).text()));
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
