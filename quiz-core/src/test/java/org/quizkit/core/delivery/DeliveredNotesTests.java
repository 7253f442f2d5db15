package org.quizkit.core.delivery;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.TypedAnswerNote;

/** A browser sees nothing of a short answer's notes before answering, and their word after. */
class DeliveredNotesTests {
  private static final ShortAnswer NOTED =
      new ShortAnswer(
          "typed",
          "Name a place.",
          List.of("liver", "bones"),
          List.of("liver", "bones"),
          List.of("skin"),
          List.of(new TypedAnswerNote(List.of("vertebrae"), 1.0, "Counts as part of the bones.")),
          QuestionInfo.of("Liver and bones.", "Lung"));

  private static final DeliveredQuiz QUIZ =
      DeliveredQuiz.of(new Quiz(QuizSpec.builder().count(1).seed(1).build(), List.of(NOTED), 0));

  @Test
  void showsNoNoteAnswerOrFeedbackInTheView() {
    String view = QUIZ.json();
    for (String secret : List.of("vertebrae", "Counts as part", "\"liver", "bones", "skin")) {
      assertFalse(view.contains(secret), secret + " in " + view);
    }
  }

  @Test
  void givesTheNoteAfterAnswering() {
    String feedback = QUIZ.scoreJson(QUIZ.ids().get(0), "{\"text\": \"vertebrae\"}");
    assertTrue(feedback.contains("\"answerNotes\":[\"Counts as part of the bones.\"]"), feedback);
    assertTrue(feedback.contains("\"score\":1.0"), feedback);
  }
}
