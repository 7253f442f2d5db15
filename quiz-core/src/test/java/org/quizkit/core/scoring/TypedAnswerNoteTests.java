package org.quizkit.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.TypedAnswerNote;
import org.quizkit.core.response.Response;

/** Graded alternatives of short answers and typed lists of answers. */
class TypedAnswerNoteTests {
  static final QuestionInfo INFO = QuestionInfo.of("Lung cancer reaches four places.", "Lung");

  static final TypedAnswerNote PART =
      new TypedAnswerNote(List.of("vertebrae", "spine"), 1.0, "Part of the bones.");
  static final TypedAnswerNote OTHER_TIER =
      new TypedAnswerNote(List.of("other lung"), 0.0, "Reached, but not most often.");
  static final TypedAnswerNote HALF = new TypedAnswerNote(List.of("pleura"), 0.5, "Half right.");

  /** Any one of four sites counts; "bone" is a synonym of the bones. */
  static final ShortAnswer LUNG =
      new ShortAnswer(
          "typed-lung",
          "Name a place.",
          List.of(
              "adrenal glands",
              "liver",
              "bones",
              "bone",
              "brain",
              "organs of the pelvis and abdomen"),
          List.of("adrenal glands", "liver", "bones", "brain"),
          List.of("skin", "spleen", "spinal cord", "other lungs"),
          List.of(PART, OTHER_TIER, HALF),
          INFO);

  private static Feedback typed(ShortAnswer question, String text) {
    return Scorer.feedback(question, new Response.Text(text));
  }

  @Nested
  class Notes {
    @Test
    void givesANotesCreditAndFeedback() {
      Feedback spine = typed(LUNG, "Spine");
      assertTrue(spine.fullyRight());
      assertEquals(List.of("Part of the bones."), spine.answerNotes());
      Feedback half = typed(LUNG, "the pleura");
      assertEquals(0.5, half.score().value());
      assertFalse(half.fullyRight());
      assertEquals(List.of("Half right."), half.answerNotes());
      Feedback none = typed(LUNG, "other lung");
      assertEquals(0.0, none.score().value());
      assertEquals(List.of("Reached, but not most often."), none.answerNotes());
    }

    @Test
    void forgivesOneTypoInANoteAnswerAsInAnAcceptedOne() {
      assertEquals(List.of("Part of the bones."), typed(LUNG, "vertebra").answerNotes());
      assertEquals(1.0, typed(LUNG, "vertabrae").score().value());
    }

    @Test
    void neverTreatsANoteAnswerAsARival() {
      // "other lungs" is listed as a rival too; the note wins, exactly and with a typo
      assertEquals(
          List.of("Reached, but not most often."), typed(LUNG, "other lungs").answerNotes());
      assertEquals(
          List.of("Reached, but not most often."), typed(LUNG, "othre lungs").answerNotes());
    }

    @Test
    void saysNothingForAnAnswerThatMatchesNothing() {
      Feedback feedback = typed(LUNG, "kneecap");
      assertEquals(0.0, feedback.score().value());
      assertEquals(List.of(), feedback.answerNotes());
    }

    @Test
    void rejectsANoteAnswerThatIsAlsoAccepted() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new ShortAnswer(
                      "q",
                      "Name it.",
                      List.of("bones"),
                      List.of(),
                      List.of(new TypedAnswerNote(List.of("bones"), 0.0, "")),
                      INFO));
      assertEquals(
          "question 'q' lists 'bones' twice among its accepted and noted answers", e.getMessage());
    }

    @Test
    void rejectsAKeyThatIsNotAccepted() {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new ShortAnswer(
                      "q",
                      "Name it.",
                      List.of("bones"),
                      List.of("liver"),
                      List.of(),
                      List.of(),
                      INFO));
      assertEquals(
          "question 'q' shows 'liver' as its key, which is not accepted (accepted: [bones])",
          e.getMessage());
    }

    @Test
    void rejectsACreditOutsideZeroToOne() {
      assertThrows(
          IllegalArgumentException.class, () -> new TypedAnswerNote(List.of("x"), 1.5, ""));
    }
  }

  @Nested
  class Lists {
    @Test
    void acceptsTwoRightAnswersAndSaysBothCount() {
      for (String text :
          List.of("liver and bones", "liver, bones", "liver; the bones", "Liver & bone")) {
        Feedback feedback = typed(LUNG, text);
        assertTrue(feedback.fullyRight(), text);
        assertEquals(1, feedback.answerNotes().size(), text);
        assertTrue(feedback.answerNotes().get(0).startsWith("Both count: "), text);
      }
    }

    @Test
    void acceptsThreeRightAnswersAndSaysAllCount() {
      Feedback feedback = typed(LUNG, "brain, liver and bones");
      assertTrue(feedback.fullyRight());
      assertEquals(
          List.of("All count: \"brain\", \"liver\" and \"bones\" are accepted answers."),
          feedback.answerNotes());
    }

    @Test
    void readsAnAnswerHoldingAndAsOneAnswer() {
      Feedback feedback = typed(LUNG, "organs of the pelvis and abdomen");
      assertTrue(feedback.fullyRight());
      assertEquals(
          List.of(
              "Your answer \"organs of the pelvis and abdomen\" is one of the accepted answers."),
          feedback.answerNotes());
      assertTrue(typed(LUNG, "liver and organs of the pelvis and abdomen").fullyRight());
    }

    @Test
    void scoresAListByItsWeakestPart() {
      assertEquals(0.5, typed(LUNG, "liver and pleura").score().value());
      assertEquals(1.0, typed(LUNG, "liver and spine").score().value());
      Feedback mixed = typed(LUNG, "liver, other lung");
      assertEquals(0.0, mixed.score().value());
      assertEquals(
          List.of(
              "Your answer \"liver\" is one of the accepted answers.",
              "\"other lung\": Reached, but not most often."),
          mixed.answerNotes());
    }

    @Test
    void neverReadsARivalAsAList() {
      ShortAnswer question =
          new ShortAnswer(
              "q", "Name it.", List.of("liver", "bones"), List.of("liver and bones"), INFO);
      assertEquals(0.0, typed(question, "The Liver and Bones").score().value());
      assertEquals(1.0, typed(question, "liver, bones").score().value());
    }

    @Test
    void givesNothingWhenAnyPartMatchesNothing() {
      Feedback feedback = typed(LUNG, "liver and kneecap");
      assertEquals(0.0, feedback.score().value());
      assertEquals(List.of(), feedback.answerNotes());
      assertEquals(0.0, typed(LUNG, "and, ;").score().value());
    }
  }

  @Nested
  class Key {
    @Test
    void listsEveryKeyedAnswerWhenAnyOneCounts() {
      assertEquals(
          List.of("any one of: adrenal glands; liver; bones; brain"),
          typed(LUNG, "brain").correctAnswer());
    }

    @Test
    void namesTheLearnersOwnAcceptedWording() {
      assertEquals(
          List.of("Your answer \"bone\" is one of the accepted answers."),
          typed(LUNG, "bone").answerNotes());
    }

    @Test
    void saysNothingMoreWhenTheOnlyKeyIsTypedAsShown() {
      ShortAnswer single =
          new ShortAnswer("one", "Name it.", List.of("bones", "skeleton"), List.of(), INFO);
      assertEquals(List.of(), typed(single, "Bones").answerNotes());
      assertEquals(
          List.of("Your answer \"skeleton\" is one of the accepted answers."),
          typed(single, "skeleton").answerNotes());
      assertEquals(List.of("bones"), typed(single, "skeleton").correctAnswer());
    }
  }
}
