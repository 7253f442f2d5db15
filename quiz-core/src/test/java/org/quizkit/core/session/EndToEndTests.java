package org.quizkit.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quizkit.core.QuizEngine;
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
import org.quizkit.core.response.Response;

/** Through the front door: assemble a quiz, take it with the key, and get full marks. */
class EndToEndTests {
  private static final QuestionInfo INFO = QuestionInfo.of("Because.", "Section");

  private static final List<Question> BANK =
      List.of(
          new SingleChoice(
              "sc", "One?", List.of(Option.of("a", "A"), Option.of("b", "B")), "b", INFO),
          new MultipleResponse(
              "mr",
              "Some?",
              List.of(Option.of("a", "A"), Option.of("b", "B"), Option.of("c", "C")),
              List.of("a", "c"),
              INFO),
          new TrueFalse("tf", "So?", false, INFO),
          new Matching(
              "ma",
              "Match?",
              List.of(Option.of("p", "P"), Option.of("q", "Q")),
              // A spare choice: assembly takes no matching whose last pair is free.
              List.of(Option.of("x", "X"), Option.of("y", "Y"), Option.of("z", "Z")),
              Map.of("p", "y", "q", "x"),
              INFO),
          new Ordering(
              "or",
              "Order?",
              List.of(Option.of("1", "First"), Option.of("2", "Second")),
              List.of("1", "2"),
              INFO),
          new ShortAnswer("sa", "Name?", List.of("adrenal glands"), List.of(), INFO));

  @Test
  void givesFullMarksForAQuizAnsweredWithTheKey() {
    Quiz quiz = QuizEngine.assemble(BANK, QuizSpec.builder().count(6).seed(5).build());
    Session session = QuizEngine.startSession(quiz, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    while (!session.finished()) {
      assertTrue(session.answer(keyOf(session.current())).fullyRight());
      session.next();
    }
    Summary summary = session.summary();
    assertEquals(6, summary.answered());
    assertEquals(100.0, summary.percentage(), 1e-12);
    assertEquals(List.of(), summary.missed());
    assertEquals(Duration.ZERO, summary.timeTaken());
    assertEquals(
        quiz, QuizEngine.assemble(BANK, QuizSpec.builder().count(6).seed(summary.seed()).build()));
  }

  @Test
  void rendersTheKeyOfEveryKind() {
    assertEquals(List.of("B"), QuizEngine.keyText(BANK.get(0)));
    assertEquals(List.of("A", "C"), QuizEngine.keyText(BANK.get(1)));
    assertEquals(List.of("False"), QuizEngine.keyText(BANK.get(2)));
    assertEquals(List.of("P -> Y", "Q -> X"), QuizEngine.keyText(BANK.get(3)));
    assertEquals(List.of("First", "Second"), QuizEngine.keyText(BANK.get(4)));
    assertEquals(List.of("adrenal glands"), QuizEngine.keyText(BANK.get(5)));
  }

  private static Response keyOf(Question question) {
    return switch (question.id()) {
      case "sc" -> Response.Choice.of("b");
      case "mr" -> new Response.Choice(Set.of("a", "c"));
      case "tf" -> new Response.Judgement(false);
      case "ma" -> new Response.Pairs(Map.of("p", "y", "q", "x"));
      case "or" -> new Response.Sequence(List.of("1", "2"));
      case "sa" -> new Response.Text("Adrenal Gland");
      default -> throw new AssertionError(question.id());
    };
  }
}
