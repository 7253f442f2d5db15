package org.quizkit.core.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.response.Response;
import org.quizkit.core.scoring.Feedback;

/** A miss can be taken back, or a typed one counted as right, before the next answer. */
class UndoTests {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
  private static final QuestionInfo INFO = QuestionInfo.of("Because.", "spread/x");
  private static final SingleChoice CHOICE =
      new SingleChoice(
          "choice", "Which?", List.of(Option.of("a", "Bone"), Option.of("b", "Eye")), "a", INFO);
  private static final ShortAnswer TYPED =
      new ShortAnswer("typed", "Name a site.", List.of("lungs"), List.of("brain"), INFO);
  private static final SingleChoice LAST =
      new SingleChoice(
          "last", "Which now?", List.of(Option.of("a", "Liver"), Option.of("b", "Ear")), "a", INFO);

  private record Run(String out, List<String> recorded, DrillResult result) {}

  private static Run run(List<Question> questions, String... lines) {
    Deque<String> typed = new ArrayDeque<>(Arrays.asList(lines));
    StringWriter out = new StringWriter();
    List<String> recorded = new ArrayList<>();
    Recorder recorder =
        new Recorder() {
          @Override
          public void record(Question question, Response response, Feedback feedback, Instant at) {
            recorded.add(question.id() + "=" + feedback.score().value());
          }

          @Override
          public void recordOverride(
              Question question, Response response, Feedback feedback, Instant at) {
            recorded.add(question.id() + "=" + feedback.score().value() + " (own word)");
          }
        };
    Quiz quiz = new Quiz(QuizSpec.builder().count(questions.size()).seed(1).build(), questions, 0);
    DrillResult result =
        Drill.of(Style.PLAIN, CLOCK)
            .recordingTo(recorder)
            .run(quiz, prompt -> Optional.ofNullable(typed.poll()), new PrintWriter(out));
    return new Run(out.toString(), recorded, result);
  }

  @Test
  void undoTakesBackAMissAndAsksTheQuestionAgain() {
    Run run = run(List.of(CHOICE, LAST), "b", "u", "a", "a");

    assertEquals(List.of("choice=1.0", "last=1.0"), run.recorded(), run.out());
    assertTrue(run.out().contains("Taken back: the question again."), run.out());
    assertEquals(2.0, run.result().summary().totalScore(), run.out());
  }

  @Test
  void iWasRightCountsATypedMissAsRightAndSaysSo() {
    Run run = run(List.of(TYPED, LAST), "the lung tissue", "r", "a");

    assertEquals(List.of("typed=1.0 (own word)", "last=1.0"), run.recorded(), run.out());
    assertTrue(run.out().contains("Counted as right, on your word"), run.out());
    assertEquals(2.0, run.result().summary().totalScore(), run.out());
  }

  @Test
  void iWasRightIsRefusedForAChoice() {
    Run run = run(List.of(CHOICE, LAST), "b", "r", "a");

    assertEquals(List.of("choice=0.0", "last=1.0"), run.recorded(), run.out());
    assertTrue(run.out().contains("Only a typed answer that was not accepted"), run.out());
  }

  @Test
  void aMissIsKeptWhenTheInputEndsOrTheLearnerGoesOn() {
    assertEquals(List.of("choice=0.0"), run(List.of(CHOICE, LAST), "b").recorded());
    assertEquals(List.of("choice=0.0"), run(List.of(CHOICE, LAST), "b", "s").recorded());
    assertEquals(List.of("choice=0.0"), run(List.of(CHOICE, LAST), "b", "q").recorded());
  }

  @Test
  void readsTheWidthAgainForEveryBlockSoAResizeIsFollowed() {
    java.util.concurrent.atomic.AtomicInteger asked =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.Deque<Integer> widths = new ArrayDeque<>(List.of(200, 200, 200));
    StringWriter out = new StringWriter();
    Deque<String> typed = new ArrayDeque<>(List.of("b", "a"));
    Drill.of(Style.PLAIN, CLOCK)
        .width(
            () -> {
              asked.incrementAndGet();
              return widths.isEmpty() ? 24 : widths.poll();
            })
        .run(
            new Quiz(QuizSpec.builder().count(2).seed(1).build(), List.of(TYPED, LAST), 0),
            prompt -> Optional.ofNullable(typed.poll()),
            new PrintWriter(out));

    assertTrue(asked.get() > 3, out.toString());
    // Once the terminal is 24 columns wide, no line of feedback is wider.
    String text = out.toString();
    String tail = text.substring(text.indexOf("Question 2 of 2"), text.indexOf("Done."));
    assertTrue(tail.lines().allMatch(l -> l.length() <= 24 || !l.contains(" ")), tail);
  }

  @Test
  void thereIsNothingToTakeBackAfterARightAnswer() {
    Run run = run(List.of(CHOICE, LAST), "a", "u", "a");

    assertEquals(List.of("choice=1.0", "last=1.0"), run.recorded(), run.out());
    assertTrue(run.out().contains("There is no answer to take back"), run.out());
  }
}
