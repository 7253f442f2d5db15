package org.quizkit.core.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.drill.DrillResult.Ending;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

class DrillTests {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);

  private static final SingleChoice CHOICE =
      new SingleChoice(
          "choice",
          "Which site is named first for lung cancer?",
          List.of(Option.of("a", "Bone"), Option.of("b", "Eye")),
          "a",
          QuestionInfo.of("The source names bone first.", "spread/lung"));
  private static final TrueFalse JUDGE =
      new TrueFalse(
          "judge", "Breast cancer can reach bone.", true, QuestionInfo.of("Yes.", "spread/breast"));
  private static final MultipleResponse MANY =
      new MultipleResponse(
          "many",
          "Which sites are named for colon cancer?",
          List.of(Option.of("a", "Liver"), Option.of("b", "Lung"), Option.of("c", "Eye")),
          List.of("a", "b"),
          QuestionInfo.of("Liver and lung.", "spread/colon"));

  private static final Quiz QUIZ =
      new Quiz(
          QuizSpec.builder().count(3).seed(42).build(), List.<Question>of(CHOICE, JUDGE, MANY), 0);

  /** Lines typed in advance; empty once they run out, as at the end of a pipe. */
  private static final class Typed implements LineSource {
    private final Deque<String> lines;
    int reads;

    Typed(String... lines) {
      this.lines = new ArrayDeque<>(Arrays.asList(lines));
    }

    @Override
    public Optional<String> readLine(String prompt) {
      reads++;
      return Optional.ofNullable(lines.poll());
    }
  }

  private record Run(DrillResult result, String out, List<String> recorded) {}

  private static Run run(Drill drill, String... lines) {
    StringWriter out = new StringWriter();
    List<String> recorded = new ArrayList<>();
    DrillResult result =
        drill
            .recordingTo(
                (question, response, feedback, at) ->
                    recorded.add(question.id() + "=" + feedback.score().value()))
            .run(QUIZ, new Typed(lines), new PrintWriter(out));
    return new Run(result, out.toString(), recorded);
  }

  private static Run plain(String... lines) {
    return run(Drill.of(Style.PLAIN, CLOCK).repeatCommand("quiz practice"), lines);
  }

  @Nested
  class Asking {
    @Test
    void numbersEachQuestionAndGivesFeedbackAfterEachAnswer() {
      Run run = plain("a", "f", "a");

      assertEquals(Ending.FINISHED, run.result().ending());
      assertTrue(run.out().contains("Question 1 of 3"), run.out());
      assertTrue(run.out().contains("Question 3 of 3"), run.out());
      assertTrue(run.out().contains("Right (1 of 1 point)"), run.out());
      assertTrue(run.out().contains("Wrong (0 of 1 point)"), run.out());
      assertTrue(run.out().contains("Partly right"), run.out());
      assertTrue(run.out().contains("Correct answer: True"), run.out());
      assertTrue(run.out().contains("Source: spread/breast"), run.out());
      assertEquals(List.of("choice=1.0", "judge=0.0", "many=0.5"), run.recorded());
    }

    @Test
    void namesTheSourceSectionByItsTitleWhenGivenTitles() {
      Run run = run(Drill.of(Style.PLAIN, CLOCK).sectionTitles(id -> "Title of " + id), "a", "q");

      assertTrue(run.out().contains("Source: Title of spread/lung"), run.out());
    }

    @Test
    void endsWithScoreTimeMissedQuestionsAndTheSeed() {
      Run run = plain("a", "f", "a b");

      assertTrue(run.out().contains("Score: 2 of 3 points (67%)"), run.out());
      assertTrue(run.out().contains("Time: 0 s"), run.out());
      assertTrue(run.out().contains("- Breast cancer can reach bone. (wrong)"), run.out());
      assertTrue(run.out().contains("Repeat this quiz: quiz practice --seed 42"), run.out());
    }
  }

  @Nested
  class Mistakes {
    @Test
    void asksTheSameQuestionAgainAfterAHint() {
      Run run = plain("z", "", "what?", "a", "q");

      assertTrue(run.out().contains("Nothing was typed."), run.out());
      assertEquals(List.of("choice=1.0"), run.recorded());
      assertFalse(run.out().contains("Question 2 of 3\n1."), run.out());
      assertEquals(1, run.out().split("Question 1 of 3", -1).length - 1, run.out());
    }

    @Test
    void helpsSkipsAndQuits() {
      Run run = plain("?", "s", "q");

      assertTrue(run.out().contains("Type ? for this help"), run.out());
      assertTrue(run.out().contains("Skipped."), run.out());
      assertEquals(Ending.QUIT, run.result().ending());
      assertEquals(1, run.result().summary().skipped());
      assertTrue(run.out().contains("(skipped)"), run.out());
      assertTrue(run.recorded().isEmpty());
    }

    @Test
    void endOfInputEndsCleanlyKeepingWhatWasAnswered() {
      Run run = plain("a");

      assertEquals(Ending.END_OF_INPUT, run.result().ending());
      assertEquals(List.of("choice=1.0"), run.recorded());
      assertTrue(run.out().contains("Score: 1 of 1 point (100%)"), run.out());
      assertTrue(run.out().contains("Not reached: 2 of 3"), run.out());
    }
  }

  @Nested
  class Stopping {
    @Test
    void stopsOnceEnoughAndRecordsFirst() {
      List<String> seen = new ArrayList<>();
      StringWriter out = new StringWriter();
      DrillResult result =
          Drill.of(Style.PLAIN, CLOCK)
              .recordingTo((q, r, f, at) -> seen.add(q.id()))
              .stoppingWhen(() -> seen.size() >= 2)
              .run(QUIZ, new Typed("a", "t", "a b"), new PrintWriter(out));

      assertEquals(Ending.ENOUGH, result.ending());
      assertEquals(List.of("choice", "judge"), seen);
    }
  }

  @Nested
  class Styles {
    @Test
    void plainPrintsNoEscapeCodesAndOnlyAscii() {
      Run run = plain("a", "?", "zz", "f", "s");

      assertFalse(run.out().contains("\u001b"), run.out());
      assertTrue(run.out().chars().allMatch(c -> c < 128), run.out());
    }

    @Test
    void wrapsItsOwnTextToTheWidthBetweenWords() {
      String explanation = "word ".repeat(40).strip();
      Quiz quiz =
          new Quiz(
              QuizSpec.builder().count(1).seed(1).build(),
              List.<Question>of(
                  new TrueFalse("long", "Long?", true, QuestionInfo.of(explanation, "s"))),
              0);
      StringWriter out = new StringWriter();

      Drill.of(Style.PLAIN, CLOCK).width(30).run(quiz, new Typed("t"), new PrintWriter(out));

      List<String> lines = out.toString().lines().filter(line -> line.contains("word")).toList();
      assertTrue(lines.size() > 1, out::toString);
      assertTrue(lines.stream().allMatch(line -> line.length() <= 30), out::toString);
      assertEquals(explanation, String.join(" ", lines.stream().map(String::strip).toList()));
    }

    @Test
    void breaksALongStemUnderItsTextNotItsNumber() {
      String stem = "Which of these long words " + "word ".repeat(20).strip() + "?";
      Quiz quiz =
          new Quiz(
              QuizSpec.builder().count(1).seed(1).build(),
              List.<Question>of(new TrueFalse("stem", stem, true, QuestionInfo.of("Yes.", "s"))),
              0);
      StringWriter out = new StringWriter();

      Drill.of(Style.PLAIN, CLOCK).width(40).run(quiz, new Typed("t"), new PrintWriter(out));

      List<String> lines = out.toString().lines().toList();
      int first =
          lines.indexOf(lines.stream().filter(l -> l.startsWith("Which ")).findFirst().get());
      assertTrue(lines.get(first).length() <= 40, out::toString);
      assertTrue(lines.get(first + 1).startsWith("word"), out::toString);
    }

    /** The summary at the end fits a narrow terminal, breaking its lines only between words. */
    @Test
    void fitsTheSummaryToTheWidthWithoutBreakingWords() {
      String command =
          "quiz practice --module urinary-reproductive --count 10 --kinds short-answer";
      StringWriter out = new StringWriter();

      Drill.of(Style.PLAIN, CLOCK)
          .width(40)
          .repeatCommand(command)
          .run(QUIZ, new Typed("q"), new PrintWriter(out));

      String summary = out.toString().substring(out.toString().indexOf("Stopped."));
      assertTrue(summary.lines().allMatch(line -> line.length() <= 40), summary);
      assertTrue(
          String.join(" ", summary.lines().map(String::strip).toList())
              .contains("Repeat this quiz: " + command + " --seed 42"),
          summary);
    }

    /** "Question 1 of 2" says the number; the stem below it does not repeat it as "1.". */
    @Test
    void numbersTheQuestionOnceInItsHeading() {
      Run run = run(Drill.of(Style.PLAIN, CLOCK), "a", "q");

      List<String> lines = run.out().lines().toList();
      int heading = lines.indexOf("Question 1 of 3");
      assertTrue(heading >= 0, run.out());
      assertFalse(lines.get(heading + 1).matches("\\s*1[.)].*"), run.out());
      assertTrue(lines.get(heading + 1).strip().length() > 0, run.out());
      assertFalse(run.out().lines().anyMatch(l -> l.startsWith("2. ")), run.out());
    }

    @Test
    void richColoursTheVerdict() {
      Run run = run(Drill.of(Style.RICH, CLOCK), "a", "q");

      assertTrue(run.out().contains("\u001b[32m\u2713 Right"), run.out());
    }
  }
}
