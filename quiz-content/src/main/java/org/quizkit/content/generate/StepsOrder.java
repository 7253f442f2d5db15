package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Dataset;
import org.quizkit.content.dataset.Step;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.seed.Seeds;

/**
 * Put the steps of spread in the order the article implies. The subject is the section the steps
 * come from. Steps with no place in the order are left out of the items and named in the
 * explanation; when two steps share a place, the seed picks one so the key stays unique.
 */
final class StepsOrder implements Template {
  static final String ID = "steps-order";

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
    Dataset dataset = facts.dataset();
    Set<String> sections = new LinkedHashSet<>();
    dataset.steps().forEach(s -> sections.add(s.section()));
    return sections.stream().filter(s -> places(dataset, s).size() >= 2).toList();
  }

  /** The ordered steps of a section grouped by their place, places ascending. */
  private static TreeMap<Integer, List<Step>> places(Dataset dataset, String section) {
    TreeMap<Integer, List<Step>> out = new TreeMap<>();
    for (Step step : dataset.steps()) {
      if (step.section().equals(section) && step.order() > 0) {
        out.computeIfAbsent(step.order(), k -> new ArrayList<>()).add(step);
      }
    }
    return out;
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    return List.of("topic:steps");
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Dataset dataset = facts.dataset();
    List<Step> steps = new ArrayList<>();
    for (List<Step> tied : places(dataset, subject).values()) {
      steps.add(tied.get(random.nextInt(tied.size())));
    }
    steps.sort(Comparator.comparingInt(Step::order));
    List<Option> items =
        steps.stream().map(s -> Option.of(s.id(), Explain.sentence(s.text()), s.id())).toList();
    List<Option> shown = Seeds.shuffled(items, random);
    for (int i = 0; i < SHUFFLES && shown.equals(items); i++) {
      shown = Seeds.shuffled(items, random);
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      lines.add((i + 1) + ". " + Explain.sentence(steps.get(i).text()));
    }
    String explanation = "In order: " + String.join(" ", lines);
    List<Step> unplaced =
        dataset.steps().stream()
            .filter(s -> s.section().equals(subject) && s.order() == 0)
            .toList();
    if (!unplaced.isEmpty()) {
      explanation +=
          " The article lists one more need without placing it in that sequence, so it is not"
              + " ordered here: "
              + String.join(" ", unplaced.stream().map(s -> Explain.sentence(s.text())).toList());
    }
    QuestionInfo info =
        new QuestionInfo(
            explanation,
            facts.sectionTitle(subject),
            steps.stream().map(Step::id).toList(),
            ID,
            subject,
            "order()",
            tags(facts, subject),
            steps.size() >= 4 ? Difficulty.HARD : Difficulty.MEDIUM);
    String stem =
        "Put these steps in the order a cancer cell goes through them to start a tumor somewhere"
            + " new.";
    return new Ordering(
        questionId(subject), stem, shown, steps.stream().map(Step::id).toList(), info);
  }
}
