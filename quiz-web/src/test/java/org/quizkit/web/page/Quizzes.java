package org.quizkit.web.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.delivery.DeliveredQuiz;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.RandomQuestions;

/** Delivered quizzes of random questions for the tests: one of each kind, in Kind's order. */
final class Quizzes {
  private Quizzes() {}

  /** One question of every kind drawn with {@code seed}, delivered under that seed. */
  static DeliveredQuiz everyKind(RandomQuestions style, long seed) {
    List<Question> questions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Kind kind : Kind.values()) {
      // the first examples QuickTheories draws are its simplest, the same for every seed: take
      // the last of several whose id is new
      List<Question> drawn = RandomQuestions.sample(style.of(kind), seed * 31 + kind.ordinal(), 12);
      for (int i = drawn.size() - 1; i >= 0; i--) {
        if (ids.add(drawn.get(i).id())) {
          questions.add(drawn.get(i));
          break;
        }
      }
      if (questions.size() <= kind.ordinal()) {
        throw new IllegalStateException("no new id among 12 " + kind + " questions of " + seed);
      }
    }
    return of(questions, seed);
  }

  static DeliveredQuiz of(List<Question> questions, long seed) {
    return DeliveredQuiz.of(
        new Quiz(QuizSpec.builder().count(questions.size()).seed(seed).build(), questions, 0));
  }

  /** The view id of the question of {@code kind} in a quiz from {@link #everyKind}. */
  static String idOf(DeliveredQuiz quiz, Kind kind) {
    return quiz.ids().get(kind.ordinal());
  }
}
