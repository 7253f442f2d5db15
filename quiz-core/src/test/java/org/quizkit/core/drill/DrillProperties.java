package org.quizkit.core.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.SingleChoice;
import org.quizkit.core.question.TrueFalse;

/**
 * The drill over any typed session. A failure prints its seed: rerun with {@code -DQT_SEED=N} (see
 * {@link org.quizkit.core.question.RandomQuestions}).
 */
class DrillProperties {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);

  private static final Quiz QUIZ =
      new Quiz(
          QuizSpec.builder().count(6).seed(9).build(),
          List.<Question>of(
              new SingleChoice(
                  "one",
                  "Pick one.",
                  List.of(Option.of("a", "A"), Option.of("b", "B")),
                  "a",
                  QuestionInfo.of("A.", "s1")),
              new MultipleResponse(
                  "many",
                  "Pick many.",
                  List.of(Option.of("a", "A"), Option.of("b", "B"), Option.of("c", "C")),
                  List.of("a", "c"),
                  QuestionInfo.of("A and C.", "s2")),
              new TrueFalse("tf", "True?", true, QuestionInfo.of("Yes.", "s3")),
              new Matching(
                  "match",
                  "Match.",
                  List.of(Option.of("p1", "P1"), Option.of("p2", "P2")),
                  List.of(Option.of("c1", "C1"), Option.of("c2", "C2")),
                  java.util.Map.of("p1", "c1", "p2", "c2"),
                  QuestionInfo.of("Pairs.", "s4")),
              new Ordering(
                  "order",
                  "Order.",
                  List.of(Option.of("a", "A"), Option.of("b", "B"), Option.of("c", "C")),
                  List.of("b", "a", "c"),
                  QuestionInfo.of("B A C.", "s5")),
              new ShortAnswer(
                  "short",
                  "Name it.",
                  List.of("liver"),
                  List.of(),
                  QuestionInfo.of("Liver.", "s6"))),
          0);

  private static Gen<List<String>> sessions() {
    Gen<String> typed =
        Generate.oneOf(
            Generate.pick(
                List.of(
                    "a", "b", "c", "d", "a c", "t", "f", "1a 2b", "1b 2a", "b a c", "c b", "liver",
                    "lung", "?", "s", "", "  ", "zz", "1z", "help")),
            strings().allPossible().ofLengthBetween(0, 12));
    return lists().of(typed).ofSizeBetween(0, 30);
  }

  /**
   * Whatever is typed, the drill ends without throwing, records exactly the answers it counts, and
   * prints no escape codes in the plain style.
   */
  @Test
  void neverFailsAndRecordsExactlyWhatItCounts() {
    qt().withExamples(60).forAll(sessions()).checkAssert(DrillProperties::runs);
  }

  private static void runs(List<String> lines) {
    Deque<String> input = new ArrayDeque<>(lines);
    List<String> recorded = new ArrayList<>();
    StringWriter out = new StringWriter();

    DrillResult result =
        Drill.of(Style.PLAIN, CLOCK)
            .width(40)
            .recordingTo((q, r, f, at) -> recorded.add(q.id()))
            .run(QUIZ, prompt -> Optional.ofNullable(input.poll()), new PrintWriter(out));

    assertEquals(result.summary().answered(), recorded.size());
    assertEquals(recorded.size(), recorded.stream().distinct().count());
    assertFalse(out.toString().contains("\u001b"));
    assertTrue(out.toString().contains(result.summary().seed() + ""));
    if (result.ending() == DrillResult.Ending.FINISHED) {
      assertEquals(QUIZ.size(), result.summary().answered() + result.summary().skipped());
    }
  }
}
