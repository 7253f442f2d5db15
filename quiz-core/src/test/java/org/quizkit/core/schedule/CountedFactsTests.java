package org.quizkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Difficulty;
import org.quizkit.core.question.QuestionInfo;

class CountedFactsTests {
  private static QuestionInfo info(List<String> basis, List<String> tests) {
    return new QuestionInfo(
        "Why.",
        "s",
        basis,
        "t",
        "lung",
        "most(lung,?)",
        List.of(),
        Difficulty.EASY,
        tests,
        List.of());
  }

  private static final QuestionInfo THREE =
      info(List.of("lung>bone", "breast>bone", "colon>bone"), List.of("lung>bone", "answer:x"));

  @Test
  void aRightAnswerCountsForEveryFactOfTheBasis() {
    assertEquals(List.of("lung>bone", "breast>bone", "colon>bone"), CountedFacts.of(THREE, 1.0));
  }

  @Test
  void aMissCountsOnlyAgainstTheFactsTheKeyDependsOn() {
    assertEquals(List.of("lung>bone"), CountedFacts.of(THREE, 0.0));
    assertEquals(List.of("lung>bone"), CountedFacts.of(THREE, 0.5));
  }

  @Test
  void aMissOnAQuestionTestingNothingNamedCountsAgainstTheWholeBasis() {
    QuestionInfo untested = info(List.of("a", "b", "a"), List.of("answer:x"));

    assertEquals(List.of("a", "b"), CountedFacts.of(untested, 0.0));
  }
}
