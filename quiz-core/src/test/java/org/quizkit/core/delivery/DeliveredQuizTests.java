package org.quizkit.core.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.diagnostic.Diagnostic;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/** The delivered quiz's ids, limits, errors and whole-quiz scoring, on a small quiz. */
class DeliveredQuizTests {
  private static final long SEED = 7;
  private static final TrueFalse STATEMENT =
      new TrueFalse("statement.secret", "A statement.", true, QuestionInfo.of("Why.", "One"));
  private static final SingleChoice CHOICE =
      new SingleChoice(
          "choice.secret",
          "Which one?",
          List.of(
              Option.of("right", "Right"),
              Option.of("wrong", "Wrong"),
              Option.of("other", "Other")),
          "right",
          QuestionInfo.of("Because.", "Two"));

  private static DeliveredQuiz delivered(long seed) {
    return DeliveredQuiz.of(
        new Quiz(
            QuizSpec.builder().count(2).seed(seed).build(),
            List.<Question>of(STATEMENT, CHOICE),
            0));
  }

  private static final DeliveredQuiz QUIZ = delivered(SEED);

  private static String choiceLabel(String optionId) {
    SingleChoice shown = (SingleChoice) QUIZ.question(QUIZ.ids().get(1)).orElseThrow();
    for (int i = 0; i < shown.options().size(); i++) {
      if (shown.options().get(i).id().equals(optionId)) {
        return PositionLabels.letter(i);
      }
    }
    throw new AssertionError(optionId);
  }

  @Nested
  class Ids {
    @Test
    void areOpaqueAndPinnedForAKnownSeed() {
      assertEquals(List.of("qe8184ae2ca30", "qbbabb1652e45"), QUIZ.ids());
    }

    @Test
    void differFromQuizToQuiz() {
      assertNotEquals(QUIZ.ids(), delivered(SEED + 1).ids());
    }

    @Test
    void neverShowTheRealIdOrTheSeed() {
      String view = QUIZ.json();
      assertFalse(view.contains("secret"), view);
      assertFalse(view.contains("difficulty"), view);
      assertTrue(view.contains("\"number\":2"), view);
    }
  }

  @Nested
  class Errors {
    @Test
    void nameAnUnknownQuestionWithoutTheSeed() {
      ResponseException e =
          assertThrows(ResponseException.class, () -> QUIZ.scoreJson("nope", "{}"));

      assertEquals("question 'nope': not in this quiz", e.getMessage());
    }

    @Test
    void nameTheQuestionByItsViewId() {
      String id = QUIZ.ids().get(0);
      ResponseException e =
          assertThrows(ResponseException.class, () -> QUIZ.score(id, "{\"answer\": \"yes\"}"));

      assertEquals(
          "question '" + id + "' response#/answer: 'answer' must be true or false, got \"yes\"",
          e.getMessage());
    }

    @Test
    void locateTextThatIsNotJsonAtItsLineAndColumn() {
      String id = QUIZ.ids().get(1);
      ResponseException e =
          assertThrows(ResponseException.class, () -> QUIZ.score(id, "{\n  \"selected\": [a]}"));

      Diagnostic problem = e.diagnostics().get(0);
      assertEquals(List.of(2, 16), List.of(problem.line(), problem.column()), e.getMessage());
      assertTrue(
          e.getMessage().startsWith("question '" + id + "' response:2:16: is not JSON ("),
          e.getMessage());
    }

    @Test
    void pointAtTheLabelThatIsNotShown() {
      String id = QUIZ.ids().get(1);
      ResponseException e =
          assertThrows(
              ResponseException.class, () -> QUIZ.score(id, "{\"selected\": [\"a\", \"z\"]}"));

      assertEquals(
          "question '" + id + "' response#/selected/1: no option 'z' (shown: a, b, c)",
          e.getMessage());
      assertEquals(e.getMessage(), e.render());
    }

    @Test
    void refuseAFiftyMegabyteResponseUnread() {
      String huge = "{\"text\": \"" + "x".repeat(50_000_000) + "\"}";
      String id = QUIZ.ids().get(0);

      ResponseException e = assertThrows(ResponseException.class, () -> QUIZ.score(id, huge));

      assertEquals(
          "question '" + id + "' response: is 50,000,012 characters long; at most 65,536 are read",
          e.getMessage());
    }

    @Test
    void readAResponseOfExactlyTheLimit() {
      String answer = "{\"answer\": true}";
      String padded = answer + " ".repeat(DeliveredQuiz.MAX_RESPONSE_CHARS - answer.length());

      assertEquals(1.0, QUIZ.score(QUIZ.ids().get(0), padded).score().value());
      assertThrows(ResponseException.class, () -> QUIZ.score(QUIZ.ids().get(0), padded + " "));
    }

    @Test
    void refuseAResponseNestedDeeperThanEightLevels() {
      String id = QUIZ.ids().get(0);
      String eight = "{\"answer\": true, \"x\": " + "[".repeat(7) + "]".repeat(7) + "}";
      String nine = "{\"answer\": true, \"x\": " + "[".repeat(8) + "]".repeat(8) + "}";

      assertEquals(1.0, QUIZ.score(id, eight).score().value());
      ResponseException e = assertThrows(ResponseException.class, () -> QUIZ.score(id, nine));
      assertEquals(
          "question '" + id + "' response: nests objects and arrays more than 8 levels deep",
          e.getMessage());
    }
  }

  @Nested
  class WholeQuizScoring {
    @Test
    void scoresEachQuestionAndTotalsUnderTheNamedRule() {
      String json =
          "{\"responses\": {\""
              + QUIZ.ids().get(1)
              + "\": {\"selected\": \""
              + choiceLabel("right")
              + "\"}}}";

      QuizResult result = QUIZ.scoreAll(json);

      assertEquals("quizkit-partial-credit-1", result.partialCredit());
      assertEquals(1.0, result.total());
      assertEquals(2, result.outOf());
      assertEquals(1, result.answered());
      assertEquals(
          List.of(0.0, 1.0), result.questions().stream().map(QuizResult.Scored::score).toList());
      assertTrue(QUIZ.scoreAllJson(json).contains("\"total\":1.0,\"outOf\":2,\"answered\":1"));
    }

    @Test
    void refusesAResponseToAQuestionNotInTheQuiz() {
      ResponseException e =
          assertThrows(
              ResponseException.class,
              () -> QUIZ.scoreAll("{\"responses\": {\"statement.secret\": {\"answer\": true}}}"));

      assertEquals(
          "responses#/responses/statement.secret: no question 'statement.secret' in this quiz",
          e.getMessage());
    }

    @Test
    void refusesResponsesWithoutTheirObject() {
      ResponseException e =
          assertThrows(ResponseException.class, () -> QUIZ.scoreAll("{\"answers\": {}}"));

      assertEquals(
          "responses#/responses: must be an object of view id to response, got none",
          e.getMessage());
    }
  }
}
