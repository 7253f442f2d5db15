package org.quizkit.worksheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.TypedAnswerNote;

/** The key of a typed question names every keyed answer, the other wordings and the notes. */
class TypedKeyTests {
  @Test
  void listsKeyedAnswersOtherWordingsAndCreditedAlternatives() {
    ShortAnswer question =
        new ShortAnswer(
            "typed",
            "Name a place.",
            List.of("liver", "bones", "bone", "skeleton"),
            List.of("liver", "bones"),
            List.of("skin"),
            List.of(
                new TypedAnswerNote(List.of("spine", "vertebrae"), 1.0, "Part of the bones."),
                new TypedAnswerNote(List.of("other lung"), 0.0, "Reached, not most often."),
                new TypedAnswerNote(List.of("pleura"), 0.5, "")),
            QuestionInfo.of("Liver and bones.", "Lung"));
    Answers answers = Answers.of(3, question);
    assertEquals("liver / bones", answers.grid());
    assertEquals(List.of("Any one of: liver; bones"), answers.lines());
    assertEquals(
        List.of(
            "Also accepted: bone; skeleton",
            "Full credit: spine; vertebrae (Part of the bones.)",
            "No credit: other lung (Reached, not most often.)",
            "Credit 50%: pleura"),
        answers.notes());
  }
}
