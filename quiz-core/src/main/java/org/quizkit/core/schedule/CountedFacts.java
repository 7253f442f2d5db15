package org.quizkit.core.schedule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.quizkit.core.question.QuestionInfo;

/**
 * Which facts one answer counts for. A question rests on more facts than its key depends on (the
 * facts behind its distractors, say), and a miss says the learner did not know what the key depends
 * on, not that every fact the question touched is forgotten. So a fully right answer counts for
 * every fact of the basis, and an answer not fully right only against the facts of the basis the
 * key depends on ({@link QuestionInfo#tests()}); when the question names none of them as tested,
 * against the whole basis, as there is nothing finer to go by.
 *
 * <p>Stateless; a pure function of its arguments.
 */
public final class CountedFacts {
  private CountedFacts() {}

  /**
   * The facts an answer scored {@code score} counts for, in basis order, without repeats.
   *
   * @throws IllegalArgumentException if the score is outside [0, 1]
   */
  public static List<String> of(QuestionInfo info, double score) {
    checkNotNull(info, "info");
    checkArgument(score >= 0 && score <= 1, "score %s is outside [0, 1]", score);
    List<String> basis = info.basis().stream().distinct().toList();
    if (score >= 1) {
      return basis;
    }
    List<String> tested = basis.stream().filter(info.tests()::contains).toList();
    return tested.isEmpty() ? basis : tested;
  }
}
