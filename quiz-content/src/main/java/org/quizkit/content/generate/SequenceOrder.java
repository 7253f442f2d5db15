package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Sequence;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.seed.Seeds;

/**
 * Put one of the article's sequences in order: melanoma's nodes then distant sites, kidney cancer's
 * path through its veins, cervical cancer's local path, and the like.
 */
final class SequenceOrder implements Template {
  static final String ID = "sequence-order";

  /** Reshuffles until the items are not already in order; a bound keeps it finite. */
  private static final int SHUFFLES = 20;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.ORDERING;
  }

  @Override
  public List<String> subjects(Facts facts) {
    return facts.dataset().sequences().stream().map(Sequence::id).toList();
  }

  private static Sequence sequence(Facts facts, String subject) {
    return facts.dataset().sequences().stream()
        .filter(s -> s.id().equals(subject))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no sequence '" + subject + "'"));
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    Sequence sequence = sequence(facts, subject);
    return List.of(
        sequence.cancer().isEmpty() ? "topic:downstream" : "cancer:" + sequence.cancer());
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Sequence sequence = sequence(facts, subject);
    List<Option> items =
        sequence.items().stream()
            .map(i -> Option.of(i.id(), Explain.clause(i.text()), i.id()))
            .toList();
    List<Option> shown = Seeds.shuffled(items, random);
    for (int i = 0; i < SHUFFLES && shown.equals(items); i++) {
      shown = Seeds.shuffled(items, random);
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      lines.add((i + 1) + ". " + Explain.sentence(items.get(i).text()));
    }
    QuestionInfo info =
        new QuestionInfo(
            "In order: " + String.join(" ", lines),
            facts.sectionTitle(sequence.section()),
            List.of(sequence.id()),
            ID,
            subject,
            "sequence(" + sequence.id() + ")",
            tags(facts, subject),
            items.size() >= 4 ? Difficulty.HARD : Difficulty.MEDIUM);
    return new Ordering(
        questionId(subject),
        sequence.prompt(),
        shown,
        items.stream().map(Option::id).toList(),
        info);
  }
}
