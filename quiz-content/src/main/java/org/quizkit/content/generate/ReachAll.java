package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.Reach;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.seed.Seeds;

/**
 * Which cancers mostly stay near where they started, or which can reach almost any organ (the
 * cancers' {@code reach}). The subject is the reach asked about; the wrong options are cancers of
 * the opposite reach, never ones whose reach the article leaves unstated.
 */
final class ReachAll implements Template {
  static final String ID = "reach-all";
  private static final int MIN_OPTIONS = 3;
  private static final int MAX_OPTIONS = 5;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Kind kind() {
    return Kind.MULTIPLE_RESPONSE;
  }

  @Override
  public List<String> subjects(Facts facts) {
    List<String> out = new ArrayList<>();
    for (Reach reach : List.of(Reach.MOSTLY_LOCAL, Reach.ANYWHERE)) {
      if (!of(facts, reach).isEmpty()
          && of(facts, reach).size() + of(facts, opposite(reach)).size() >= MIN_OPTIONS
          && !of(facts, opposite(reach)).isEmpty()) {
        out.add(reach.id());
      }
    }
    return out;
  }

  private static Reach opposite(Reach reach) {
    return reach == Reach.ANYWHERE ? Reach.MOSTLY_LOCAL : Reach.ANYWHERE;
  }

  private static List<Cancer> of(Facts facts, Reach reach) {
    return facts.dataset().cancers().stream().filter(c -> c.reach() == reach).toList();
  }

  @Override
  public List<String> tags(Facts facts, String subject) {
    return List.of("topic:scope");
  }

  @Override
  public Question generate(Facts facts, String subject, RandomGenerator random) {
    Reach reach = Reach.fromId(subject).orElseThrow();
    List<Cancer> right = of(facts, reach);
    List<Cancer> wrong = of(facts, opposite(reach));
    int total = MIN_OPTIONS + random.nextInt(MAX_OPTIONS - MIN_OPTIONS + 1);
    int nRight = Math.min(right.size(), 1 + random.nextInt(Math.min(3, total - 1)));
    int nWrong = Math.min(wrong.size(), total - nRight);
    List<Cancer> keyed = Seeds.shuffled(right, random).subList(0, nRight);
    List<Cancer> others = Seeds.shuffled(wrong, random).subList(0, nWrong);
    List<Option> options = new ArrayList<>();
    StringBuilder explanation = new StringBuilder();
    for (Cancer c : keyed) {
      options.add(Option.of(c.id(), Names.cancerOption(c), c.id()));
      explanation.append(note(c)).append(' ');
    }
    for (Cancer c : others) {
      options.add(new Option(c.id(), Names.cancerOption(c), c.id(), "Not so. " + note(c)));
      explanation.append(note(c)).append(' ');
    }
    String stem =
        reach == Reach.ANYWHERE
            ? "Which of these cancers does the article say can reach almost any part of the body?"
                + " Select every one."
            : "Which of these cancers does the article say mostly stay near where they started?"
                + " Select every one.";
    List<Cancer> all = new ArrayList<>(keyed);
    all.addAll(others);
    QuestionInfo info =
        new QuestionInfo(
            explanation.toString().trim(),
            facts.commonSectionTitle(all.stream().map(Cancer::section).toList()),
            // Every cancer it may offer, not the draw: the basis must not change with the seed.
            facts.dataset().cancers().stream()
                .filter(c -> c.reach() == reach || c.reach() == opposite(reach))
                .map(Cancer::id)
                .toList(),
            ID,
            subject,
            "reach(?," + reach.id() + ")",
            tags(facts, subject),
            Difficulty.MEDIUM);
    return new MultipleResponse(
        questionId(subject),
        stem,
        Seeds.shuffled(options, random),
        keyed.stream().map(Cancer::id).toList(),
        info);
  }

  /**
   * The cancer's reach in the template's own words (a reach note may follow the article's), with
   * the condition its reach note opens with ("As it progresses, ...") kept.
   */
  private static String note(Cancer c) {
    String pronoun = Names.plural(c) ? "they" : "it";
    String note = c.reachNote().strip();
    int comma = note.indexOf(", ");
    String condition =
        (note.startsWith("As ") || note.startsWith("Once ")) && comma > 0
            ? "that " + Character.toLowerCase(note.charAt(0)) + note.substring(1, comma) + ", "
            : "";
    String says =
        switch (c.reach()) {
          case ANYWHERE ->
              "the article says " + condition + pronoun + " can reach almost any part of the body";
          case MOSTLY_LOCAL ->
              "the article says "
                  + condition
                  + pronoun
                  + " mostly "
                  + Names.verb(c, "stays", "stay")
                  + " near where "
                  + pronoun
                  + " started";
          case UNSTATED -> "the article gives no overall reach";
        };
    return Names.capitalise(c.name()) + ": " + says + ".";
  }
}
