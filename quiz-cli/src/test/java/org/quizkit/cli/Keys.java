package org.quizkit.cli;

import java.util.List;
import java.util.Set;
import org.quizkit.content.QuizContent;
import org.quizkit.content.learner.Masteries;
import org.quizkit.content.module.LearningModule;
import org.quizkit.core.QuizEngine;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.interact.TextPrompt;
import org.quizkit.core.question.Question;

/** What a learner who knows every answer types, worked out from the questions' keys. */
final class Keys {
  private Keys() {}

  /** The line that answers {@code question} fully right. */
  static String typed(Question question) {
    return TextPrompt.ascii().answerText(question, QuizEngine.keyResponse(question));
  }

  /**
   * The questions {@code quiz learn MODULE --seed SEED} asks, in order, as the command draws them.
   */
  static List<Question> learnQuiz(QuizContent content, String moduleId, long seed) {
    LearningModule module = content.catalog().module(moduleId).orElseThrow();
    List<Question> questions = module.questions(Masteries.bank(content));
    return QuizEngine.assemble(
            questions,
            QuizSpec.builder()
                .count(questions.size())
                .seed(seed)
                .build()
                .withTags(Set.of(QuizContent.moduleTag(moduleId))))
        .questions();
  }
}
