package org.quizkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quizkit.content.module.LearningModule;
import org.quizkit.core.question.Question;

class QuizContentTests {
  private final QuizContent content = QuizContent.builtIn();

  private Set<String> idsOf(LearningModule module, long seed) {
    return module.questions(content.bank(seed)).stream()
        .map(Question::id)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void placesEachQuestionInTheSameModulesWhateverTheSeed() {
    for (LearningModule module : content.modules()) {
      Set<String> first = idsOf(module, 0);
      for (long seed : List.of(1L, 5L, 77L, -3L)) {
        assertEquals(first, idsOf(module, seed), module.id() + " with seed " + seed);
      }
    }
  }

  @Test
  void givesEveryModuleQuestions() {
    for (LearningModule module : content.modules()) {
      assertFalse(idsOf(module, 3).isEmpty(), module.id());
    }
  }
}
