package org.quizkit.core.drill;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quizkit.core.assembly.Quiz;
import org.quizkit.core.assembly.QuizSpec;
import org.quizkit.core.question.Matching;
import org.quizkit.core.question.MultipleResponse;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Ordering;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionInfo;
import org.quizkit.core.question.ShortAnswer;

/** Feedback and help say how the points of an answer came out, and what a typed answer matched. */
class CreditFeedbackTests {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
  private static final QuestionInfo INFO = QuestionInfo.of("Because.", "spread/x");

  private static final MultipleResponse MANY =
      new MultipleResponse(
          "many",
          "Which are right?",
          List.of(
              Option.of("a", "A"), Option.of("b", "B"), Option.of("c", "C"), Option.of("d", "D")),
          List.of("b", "d"),
          INFO);
  private static final Ordering ORDER =
      new Ordering(
          "order",
          "Put them in order.",
          List.of(Option.of("x", "First"), Option.of("y", "Second"), Option.of("z", "Third")),
          List.of("x", "y", "z"),
          INFO);
  private static final Matching PAIRS =
      new Matching(
          "pairs",
          "Match them.",
          List.of(Option.of("p1", "One"), Option.of("p2", "Two"), Option.of("p3", "Three")),
          List.of(Option.of("c1", "Uno"), Option.of("c2", "Dos"), Option.of("c3", "Tres")),
          Map.of("p1", "c1", "p2", "c2", "p3", "c3"),
          INFO);

  private static ShortAnswer typed(String id) {
    return new ShortAnswer(
        id,
        "Name a site.",
        List.of("lungs", "bones", "adrenal glands"),
        List.of("brain", "liver"),
        INFO);
  }

  private static String run(List<Question> questions, String... lines) {
    Deque<String> typed = new ArrayDeque<>(Arrays.asList(lines));
    StringWriter out = new StringWriter();
    Quiz quiz = new Quiz(QuizSpec.builder().count(questions.size()).seed(1).build(), questions, 0);
    Drill.of(Style.PLAIN, CLOCK)
        .run(quiz, prompt -> Optional.ofNullable(typed.poll()), new PrintWriter(out));
    return out.toString();
  }

  @Test
  void explainsCancellingPicksPlacesAndPairs() {
    String out = run(List.of(MANY, ORDER, PAIRS), "b c", "b a c", "1a 2c 3b");

    assertTrue(
        out.contains("1 right pick, 1 wrong pick, 1 right option not picked: 0 of 1 point"), out);
    assertTrue(out.contains("1 of 3 in the right place: 0.33 of 1 point."), out);
    assertTrue(out.contains("1 of 3 pairs right: 0.33 of 1 point."), out);
  }

  @Test
  void saysNothingAboutCreditForAFullyRightAnswer() {
    String out = run(List.of(MANY), "b d");

    assertFalse(out.contains("pick"), out);
  }

  @Test
  void helpSaysHowTheKindEarnsItsPoint() {
    String out = run(List.of(MANY), "?", "q");

    assertTrue(out.contains("each wrong letter cancels one right one"), out);
  }

  @Test
  void namesTheAcceptedAnswerMatchedAForgivenSlipAndANearMiss() {
    String out =
        run(List.of(typed("t1"), typed("t2"), typed("t3")), "bones", "adrenal glnads", "lugns");

    assertTrue(out.contains("Your answer \"bones\" is one of the accepted answers."), out);
    assertTrue(
        out.contains("Accepted \"adrenal glnads\" as \"adrenal glands\": one slip of a letter"),
        out);
    assertTrue(out.contains("Did you mean \"lungs\"? Not counted"), out);
  }

  @Test
  void suggestsNothingWhenARivalIsAsNear() {
    String out = run(List.of(typed("t1")), "brane");

    assertFalse(out.contains("Did you mean"), out);
  }
}
