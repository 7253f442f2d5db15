package org.quizkit.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;
import org.quizkit.core.response.Response;
import org.quizkit.core.scoring.Feedback;

class SessionTests {
  private static final Instant START = Instant.parse("2026-11-24T09:00:00Z");

  private static final SingleChoice CHOICE =
      new SingleChoice(
          "choice",
          "Which site is named most often for lung cancer?",
          List.of(Option.of("a", "Bone"), Option.of("b", "Eye")),
          "a",
          QuestionInfo.of("The source names bone first.", "Lung"));
  private static final TrueFalse JUDGE =
      new TrueFalse(
          "judge", "Breast cancer can reach bone.", true, QuestionInfo.of("Yes.", "Breast"));
  private static final Matching MATCH =
      new Matching(
          "match",
          "Match the cancer to a site.",
          List.of(Option.of("p1", "Colon"), Option.of("p2", "Prostate")),
          List.of(Option.of("c1", "Liver"), Option.of("c2", "Bone")),
          Map.of("p1", "c1", "p2", "c2"),
          QuestionInfo.of("Colon to liver, prostate to bone.", "Colon"));
  private static final ShortAnswer NAME =
      new ShortAnswer(
          "name",
          "Name the organ that filters blood from the gut.",
          List.of("liver"),
          List.of("lungs"),
          QuestionInfo.of("Blood from the gut passes the liver first.", "Colon"));

  private static final Quiz QUIZ =
      new Quiz(
          QuizSpec.builder().count(5).seed(77).build(),
          List.<Question>of(CHOICE, JUDGE, MATCH, NAME),
          1);

  private TestClock clock;
  private Session session;

  @BeforeEach
  void start() {
    clock = new TestClock(START);
    session = Session.start(QUIZ, clock);
  }

  @Nested
  class Presenting {
    @Test
    void presentsQuestionsOneAtATimeInQuizOrder() {
      assertEquals(4, session.total());
      assertEquals(0, session.position());
      assertEquals(CHOICE, session.current());
      session.answer(Response.Choice.of("a"));
      assertEquals(CHOICE, session.current());
      session.next();
      assertEquals(1, session.position());
      assertEquals(JUDGE, session.current());
    }

    @Test
    void keepsTheFeedbackOfTheCurrentQuestionUntilMovingOn() {
      assertTrue(session.currentFeedback().isEmpty());
      Feedback feedback = session.answer(Response.Choice.of("b"));
      assertEquals(feedback, session.currentFeedback().orElseThrow());
      session.next();
      assertTrue(session.currentFeedback().isEmpty());
    }
  }

  @Nested
  class Answering {
    @Test
    void scoresTheAnswerAndGivesFeedback() {
      Feedback feedback = session.answer(Response.Choice.of("b"));
      assertFalse(feedback.fullyRight());
      assertEquals(List.of("Bone"), feedback.correctAnswer());
      assertEquals("Lung", feedback.section());
    }

    @Test
    void refusesToAnswerTheSameQuestionTwice() {
      session.answer(Response.Choice.of("b"));
      IllegalStateException thrown =
          assertThrows(IllegalStateException.class, () -> session.answer(Response.Choice.of("a")));
      assertEquals(
          "question 'choice' (1 of 4) is already answered; call next()", thrown.getMessage());
    }

    @Test
    void refusesToSkipAnAnsweredQuestion() {
      session.answer(Response.Choice.of("a"));
      assertThrows(IllegalStateException.class, session::skip);
    }

    @Test
    void refusesToMoveOnBeforeAnswering() {
      assertThrows(IllegalStateException.class, session::next);
    }

    @Test
    void refusesAResponseOfTheWrongKindAndStaysOnTheQuestion() {
      assertThrows(
          IllegalArgumentException.class, () -> session.answer(new Response.Judgement(true)));
      assertEquals(CHOICE, session.current());
      assertTrue(session.currentFeedback().isEmpty());
    }

    @Test
    void refusesAnythingAfterTheEnd() {
      takeWholeQuiz();
      assertTrue(session.finished());
      IllegalStateException thrown =
          assertThrows(IllegalStateException.class, () -> session.answer(new Response.Text("x")));
      assertEquals(
          "cannot answer: the session is over (4 of 4 questions passed)", thrown.getMessage());
      assertThrows(IllegalStateException.class, session::current);
      assertThrows(IllegalStateException.class, session::skip);
      assertThrows(IllegalStateException.class, session::next);
    }
  }

  @Nested
  class Summarising {
    @Test
    void countsScoresTimeAndMissesOfAFinishedSession() {
      takeWholeQuiz();
      clock.advance(Duration.ofMinutes(30)); // after the end: not counted
      Summary summary = session.summary();
      assertEquals(4, summary.total());
      assertEquals(3, summary.answered());
      assertEquals(1, summary.skipped());
      assertEquals(0, summary.unanswered());
      assertEquals(1.5, summary.totalScore(), 1e-12);
      assertEquals(37.5, summary.percentage(), 1e-12);
      assertEquals(Duration.ofSeconds(10 + 20 + 30 + 40), summary.timeTaken());
      assertEquals(77, summary.seed());
      assertFalse(summary.quit());
      assertEquals(
          List.of(
              new Miss(
                  "judge", JUDGE.stem(), Miss.Reason.WRONG, 0, List.of("True"), "Yes.", "Breast"),
              new Miss(
                  "match",
                  MATCH.stem(),
                  Miss.Reason.PARTLY_RIGHT,
                  0.5,
                  List.of("Colon -> Liver", "Prostate -> Bone"),
                  "Colon to liver, prostate to bone.",
                  "Colon"),
              new Miss(
                  "name",
                  NAME.stem(),
                  Miss.Reason.SKIPPED,
                  0,
                  List.of("liver"),
                  "Blood from the gut passes the liver first.",
                  "Colon")),
          summary.missed());
    }

    @Test
    void countsQuestionsLeftWhenQuittingAsUnanswered() {
      session.answer(Response.Choice.of("a"));
      session.next();
      clock.advance(Duration.ofSeconds(90));
      session.quit();
      clock.advance(Duration.ofMinutes(5));
      Summary summary = session.summary();
      assertTrue(session.finished());
      assertTrue(summary.quit());
      assertEquals(1, summary.answered());
      assertEquals(3, summary.unanswered());
      assertEquals(25.0, summary.percentage(), 1e-12);
      assertEquals(Duration.ofSeconds(90), summary.timeTaken());
      assertEquals(
          List.of(Miss.Reason.UNANSWERED, Miss.Reason.UNANSWERED, Miss.Reason.UNANSWERED),
          summary.missed().stream().map(Miss::reason).toList());
    }

    @Test
    void timesARunningSessionUpToNow() {
      clock.advance(Duration.ofSeconds(42));
      Summary summary = session.summary();
      assertEquals(Duration.ofSeconds(42), summary.timeTaken());
      assertEquals(4, summary.unanswered());
    }

    @Test
    void endsAtOnceForAQuizWithNoQuestions() {
      Session empty =
          Session.start(
              new Quiz(QuizSpec.builder().count(3).seed(1).build(), List.of(), 3),
              Clock.fixed(START, ZoneOffset.UTC));
      assertTrue(empty.finished());
      assertEquals(0.0, empty.summary().percentage());
      assertEquals(Duration.ZERO, empty.summary().timeTaken());
    }
  }

  /** Right, wrong, half right, skipped; 10, 20, 30 and 40 seconds on each. */
  private void takeWholeQuiz() {
    clock.advance(Duration.ofSeconds(10));
    session.answer(Response.Choice.of("a"));
    session.next();
    clock.advance(Duration.ofSeconds(20));
    session.answer(new Response.Judgement(false));
    session.next();
    clock.advance(Duration.ofSeconds(30));
    session.answer(new Response.Pairs(Map.of("p1", "c1", "p2", "c1")));
    session.next();
    clock.advance(Duration.ofSeconds(40));
    session.skip();
  }
}
