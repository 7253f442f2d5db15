package org.quizkit.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;

class ScorerTests {
  static final QuestionInfo INFO = QuestionInfo.of("Lung cancer often reaches bone.", "Lung");

  static final SingleChoice SINGLE =
      new SingleChoice(
          "single",
          "Where does lung cancer spread most often?",
          List.of(
              new Option("a", "Bone", "bone", ""),
              new Option("b", "Skin", "skin", "Skin is not named for lung cancer."),
              Option.of("c", "Eye")),
          "a",
          INFO);

  static final MultipleResponse MULTIPLE =
      new MultipleResponse(
          "multiple",
          "Which sites are named?",
          List.of(
              Option.of("a", "Bone"),
              Option.of("b", "Liver"),
              Option.of("c", "Brain"),
              Option.of("d", "Skin"),
              Option.of("e", "Eye")),
          List.of("a", "b", "c"),
          INFO);

  static final Matching MATCHING =
      new Matching(
          "matching",
          "Match each cancer to a site.",
          List.of(Option.of("p1", "Lung"), Option.of("p2", "Breast"), Option.of("p3", "Colon")),
          List.of(
              Option.of("c1", "Adrenal glands"),
              Option.of("c2", "Bone"),
              new Option("c3", "Liver", "", "The liver filters blood from the gut."),
              Option.of("c4", "Skin")),
          Map.of("p1", "c1", "p2", "c2", "p3", "c3"),
          INFO);

  static final Ordering ORDERING =
      new Ordering(
          "ordering",
          "Put the steps in order.",
          List.of(Option.of("x", "Invade"), Option.of("y", "Travel"), Option.of("z", "Settle")),
          List.of("x", "y", "z"),
          INFO);

  @Nested
  class SingleChoiceRules {
    @Test
    void givesFullMarksForTheKeyedOptionAlone() {
      assertEquals(Score.full(), Scorer.score(SINGLE, Response.Choice.of("a")));
    }

    @Test
    void givesNothingWhenAnotherOptionIsAlsoSelected() {
      assertEquals(Score.none(), Scorer.score(SINGLE, Response.Choice.of("a", "b")));
    }

    @Test
    void givesNothingForNoSelection() {
      assertEquals(Score.none(), Scorer.score(SINGLE, Response.Choice.of()));
    }
  }

  @Nested
  class MultipleResponseRules {
    @Test
    void marksRightMinusWrongOverKeyed() {
      assertEquals(2.0 / 3, Scorer.score(MULTIPLE, Response.Choice.of("a", "b")).value(), 1e-12);
      assertEquals(
          1.0 / 3, Scorer.score(MULTIPLE, Response.Choice.of("a", "b", "d")).value(), 1e-12);
    }

    @Test
    void floorsAtZeroWhenWrongOutnumbersRight() {
      assertEquals(Score.none(), Scorer.score(MULTIPLE, Response.Choice.of("a", "d", "e")));
    }

    @Test
    void givesLittleForSelectingEverything() {
      assertEquals(
          Score.of(1.0 / 3), Scorer.score(MULTIPLE, Response.Choice.of("a", "b", "c", "d", "e")));
    }

    @Test
    void countsAnUnknownIdAsWrong() {
      assertEquals(
          Score.of(2.0 / 3), Scorer.score(MULTIPLE, Response.Choice.of("a", "b", "c", "zz")));
    }
  }

  @Nested
  class TrueFalseRules {
    @Test
    void marksTheVerdict() {
      TrueFalse question = new TrueFalse("tf", "Bone is a common site.", true, INFO);
      assertEquals(Score.full(), Scorer.score(question, new Response.Judgement(true)));
      assertEquals(Score.none(), Scorer.score(question, new Response.Judgement(false)));
    }
  }

  @Nested
  class MatchingRules {
    @Test
    void marksPartialCreditForMatching() {
      Score score = Scorer.score(MATCHING, new Response.Pairs(Map.of("p1", "c1", "p2", "c4")));
      assertEquals(Score.of(1.0 / 3), score);
    }

    @Test
    void countsAPairWithAnUnknownChoiceAsWrong() {
      Score score =
          Scorer.score(MATCHING, new Response.Pairs(Map.of("p1", "c1", "p2", "c2", "p3", "zz")));
      assertEquals(Score.of(2.0 / 3), score);
    }

    @Test
    void withholdsFullMarksFromAKeyPaddedWithAnUnknownPremise() {
      Score score =
          Scorer.score(
              MATCHING, new Response.Pairs(Map.of("p1", "c1", "p2", "c2", "p3", "c3", "zz", "c4")));
      assertEquals(Score.of(3.0 / 4), score);
    }
  }

  @Nested
  class OrderingRules {
    @Test
    void countsItemsInTheirKeyedPosition() {
      assertEquals(
          Score.of(1.0 / 3), Scorer.score(ORDERING, new Response.Sequence(List.of("x", "z", "y"))));
    }

    @Test
    void marksAPartialSequenceOutOfEveryItem() {
      assertEquals(
          Score.of(2.0 / 3), Scorer.score(ORDERING, new Response.Sequence(List.of("x", "y"))));
    }

    @Test
    void countsUnknownIdsAsWrongPositions() {
      assertEquals(
          Score.of(2.0 / 3),
          Scorer.score(ORDERING, new Response.Sequence(List.of("x", "zz", "z"))));
      assertEquals(
          Score.of(3.0 / 4),
          Scorer.score(ORDERING, new Response.Sequence(List.of("x", "y", "z", "zz"))));
    }
  }

  @Nested
  class WrongKindOfResponse {
    @Test
    void namesTheQuestionItsKindAndTheResponseType() {
      IllegalArgumentException thrown =
          assertThrows(
              IllegalArgumentException.class,
              () -> Scorer.score(ORDERING, Response.Choice.of("x")));
      assertEquals(
          "question 'ordering' is ordering and takes a Sequence response, not Choice",
          thrown.getMessage());
    }
  }

  @Nested
  class FeedbackContents {
    @Test
    void carriesKeyTextExplanationSectionAndChosenOptionFeedback() {
      Feedback feedback = Scorer.feedback(SINGLE, Response.Choice.of("b"));
      assertEquals("single", feedback.questionId());
      assertFalse(feedback.fullyRight());
      assertEquals(List.of("Bone"), feedback.correctAnswer());
      assertEquals(INFO.explanation(), feedback.explanation());
      assertEquals("Lung", feedback.section());
      assertEquals(List.of(SINGLE.options().get(1)), feedback.chosenFeedback());
    }

    @Test
    void leavesOutChosenOptionsWithoutFeedback() {
      Feedback feedback = Scorer.feedback(SINGLE, Response.Choice.of("a"));
      assertTrue(feedback.fullyRight());
      assertEquals(List.of(), feedback.chosenFeedback());
    }

    @Test
    void givesTheFeedbackOfChosenMatchingChoices() {
      Feedback feedback =
          Scorer.feedback(MATCHING, new Response.Pairs(Map.of("p1", "c3", "p2", "c2")));
      assertEquals(List.of(MATCHING.choices().get(2)), feedback.chosenFeedback());
      assertEquals(
          "Lung -> Adrenal glands; Breast -> Bone; Colon -> Liver", feedback.correctAnswerText());
    }

    @Test
    void namesThePreferredShortAnswer() {
      ShortAnswer question =
          new ShortAnswer(
              "short", "Name a site.", List.of("lymph nodes", "lymph glands"), List.of(), INFO);
      Feedback feedback = Scorer.feedback(question, new Response.Text("lymph gland"));
      assertTrue(feedback.fullyRight());
      assertEquals(List.of("lymph nodes"), feedback.correctAnswer());
    }
  }
}
