package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Clue;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;

/**
 * "Name the cancer the article describes this way: it can cause tumors called plasmacytomas."
 * Typed; the cancer's name or any alias counts, every other cancer's name is a rival. The subject
 * is the clue, which the dataset writes to fit one cancer only.
 */
final class CancerClueTyped implements Template {
  static final String ID = "cancer-clue-typed";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.SHORT_ANSWER;
  }

  @Override
  public List<String> subjects(Facts facts) {
    return facts.dataset().clues().stream().map(Clue::id).toList();
  }

  private static Clue clue(Facts facts, String subject) {
    return facts.dataset().clues().stream()
        .filter(c -> c.id().equals(subject))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no clue '" + subject + "'"));
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    return List.of("cancer:" + clue(facts, subject).cancer());
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Clue clue = clue(facts, subject);
    Cancer cancer = facts.cancer(clue.cancer());
    Set<String> accepted = new LinkedHashSet<>();
    accepted.add(cancer.name());
    accepted.addAll(cancer.aliases());
    Set<String> acceptedNormal = new LinkedHashSet<>();
    accepted.forEach(a -> acceptedNormal.add(facts.normal(a)));
    Set<String> rivals = new LinkedHashSet<>();
    for (Cancer other : facts.dataset().cancers()) {
      if (other.id().equals(cancer.id())) {
        continue;
      }
      List<String> names = new ArrayList<>();
      names.add(other.name());
      names.addAll(other.aliases());
      names.stream().filter(n -> !acceptedNormal.contains(facts.normal(n))).forEach(rivals::add);
    }
    String stem =
        "Name the cancer the article describes this way: " + Explain.clause(clue.text()) + ".";
    QuestionInfo info =
        new QuestionInfo(
            Names.capitalise(cancer.name()) + ": " + Explain.clause(clue.text()) + ".",
            facts.sectionTitle(clue.section()),
            List.of(clue.id()),
            ID,
            subject,
            "clue(?," + clue.id() + ")",
            tags(facts, subject),
            Difficulty.HARD);
    return new ShortAnswer(
        questionId(subject), stem, List.copyOf(accepted), List.copyOf(rivals), info);
  }
}
