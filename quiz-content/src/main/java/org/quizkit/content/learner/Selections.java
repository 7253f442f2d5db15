package org.quizkit.content.learner;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quizkit.content.QuizContent;
import org.quizkit.content.module.LearningModule;
import org.quizkit.core.QuizEngine;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.progress.Attempt;
import org.quizkit.core.question.Question;
import org.quizkit.core.seed.Seeds;

/**
 * Which questions a learner is asked next: in a learning round, in a review, and first in a
 * practice on weak facts. Pure functions of the content, the learner's attempts and a seed.
 */
public final class Selections {
  private Selections() {}

  /**
   * Round {@code number} (from 1) of learning {@code module}: {@code questions} in an order drawn
   * from {@code seed} for the first round and from a seed derived from it for each later one.
   */
  public static Quiz learningRound(
      LearningModule module, List<Question> questions, long seed, int number) {
    checkArgument(number >= 1, "round %s of module '%s' is before the first", number, module.id());
    long roundSeed = number == 1 ? seed : Seeds.derive(seed, number);
    return QuizEngine.assemble(
        questions,
        QuizSpec.builder()
            .count(questions.size())
            .seed(roundSeed)
            .build()
            .withTags(Set.of(QuizContent.moduleTag(module.id()))));
  }

  /**
   * The questions resting on a fact whose latest answer was not fully right (or that was never
   * answered); a question without facts, when its own latest answer was not fully right.
   */
  public static List<Question> notMastered(List<Question> questions, List<Attempt> attempts) {
    Map<String, Double> byFact = new HashMap<>();
    Map<String, Double> byQuestion = new HashMap<>();
    for (Attempt attempt : attempts) {
      attempt.facts().forEach(fact -> byFact.put(fact, attempt.score()));
      byQuestion.put(attempt.questionId(), attempt.score());
    }
    return questions.stream()
        .filter(
            question ->
                question.info().basis().isEmpty()
                    ? byQuestion.getOrDefault(question.id(), 0.0) < 1
                    : question.info().basis().stream()
                        .anyMatch(f -> byFact.getOrDefault(f, 0.0) < 1))
        .toList();
  }

  /**
   * One question for each due fact, soonest due first: the first question (in an order drawn from
   * the seed) whose basis holds the fact and that was not already chosen for another fact. A
   * question chosen for one fact reviews every fact it rests on, so facts it already covers get no
   * question of their own.
   */
  public static List<Question> questionsFor(List<String> due, List<Question> bank, long seed) {
    List<Question> order = Seeds.shuffled(bank, Seeds.random(seed));
    List<Question> chosen = new ArrayList<>();
    Set<String> covered = new LinkedHashSet<>();
    for (String fact : due) {
      if (covered.contains(fact)) {
        continue;
      }
      order.stream()
          .filter(question -> question.info().basis().contains(fact))
          .filter(question -> !chosen.contains(question))
          .findFirst()
          .ifPresent(
              question -> {
                chosen.add(question);
                covered.addAll(question.info().basis());
              });
    }
    return List.copyOf(chosen);
  }

  /**
   * A review of the facts due: at most {@code limit} of the questions {@link #questionsFor} gives
   * for them, in an order drawn from {@code seed}.
   */
  public static Quiz review(List<Question> questions, int limit, long seed) {
    int count = Math.min(limit, questions.size());
    return QuizEngine.assemble(
        questions.subList(0, count), QuizSpec.builder().count(count).seed(seed).build());
  }

  /**
   * The questions of a review missed in its first pass, asked once more in the same sitting while
   * the right answer is fresh.
   */
  public static Quiz reviewAgain(List<Question> missed, long seed) {
    return QuizEngine.assemble(
        missed, QuizSpec.builder().count(missed.size()).seed(Seeds.derive(seed, 2)).build());
  }

  /**
   * The facts whose latest answer was not fully right, the most often missed first (then the most
   * recently missed): what a learner should go over before anything else.
   */
  public static List<String> weakFacts(List<Attempt> attempts) {
    Map<String, Double> latest = new HashMap<>();
    Map<String, Integer> misses = new HashMap<>();
    Map<String, Integer> lastMiss = new HashMap<>();
    for (int i = 0; i < attempts.size(); i++) {
      Attempt attempt = attempts.get(i);
      for (String fact : attempt.facts()) {
        latest.put(fact, attempt.score());
        if (attempt.score() < 1) {
          misses.merge(fact, 1, Integer::sum);
          lastMiss.put(fact, i);
        }
      }
    }
    return latest.entrySet().stream()
        .filter(e -> e.getValue() < 1)
        .map(Map.Entry::getKey)
        .sorted(
            Comparator.<String>comparingInt(f -> -misses.getOrDefault(f, 0))
                .thenComparingInt(f -> -lastMiss.getOrDefault(f, -1))
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  /**
   * A practice on the learner's weak facts first: one question for each weak fact ({@link
   * #weakFacts}, {@link #questionsFor}) among those {@code asked} matches, made up to its count
   * with the usual draw, at most its count in all. The terminal's {@code quiz practice --weak} and
   * the browser's "weak facts first" ask these; assemble them with {@link #weakPractice}.
   */
  public static List<Question> weakFirst(
      QuizContent content, QuizSpec asked, List<Attempt> attempts) {
    List<Question> pool = content.bank(asked.seed()).stream().filter(asked::matches).toList();
    List<Question> chosen = new ArrayList<>(questionsFor(weakFacts(attempts), pool, asked.seed()));
    if (chosen.size() > asked.count()) {
      chosen = new ArrayList<>(chosen.subList(0, asked.count()));
    }
    for (Question question : content.quiz(asked).questions()) {
      if (chosen.size() < asked.count() && !chosen.contains(question)) {
        chosen.add(question);
      }
    }
    return List.copyOf(chosen);
  }

  /** The quiz of the questions {@link #weakFirst} chose, in an order drawn from {@code seed}. */
  public static Quiz weakPractice(List<Question> chosen, long seed) {
    return QuizEngine.assemble(chosen, QuizSpec.builder().count(chosen.size()).seed(seed).build());
  }
}
