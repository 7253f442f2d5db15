package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Claim;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.TrueFalse;

/**
 * One concept claim to judge true or false. A false claim's explanation gives what the article does
 * say on the same topic, so the learner leaves with the right idea, not only a verdict.
 */
final class ConceptStatement implements Template {
  static final String ID = "concept-statement";
  private static final int CORRECTIONS = 2;

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
    Dataset dataset = facts.dataset();
    return dataset.claims().stream().map(Claim::id).toList();
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
      List<Claim> corrections =
          dataset.claims().stream()
              .filter(c -> c.truth() && c.topic().equals(claim.topic()))
              .limit(CORRECTIONS)
              .toList();
      corrections.forEach(c -> basis.add(c.id()));
      explanation =
          corrections.isEmpty()
              ? "False. The article says otherwise."
              : "False. What the article does say: "
                  + String.join(
                      " ", corrections.stream().map(c -> Explain.sentence(c.text())).toList());
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
