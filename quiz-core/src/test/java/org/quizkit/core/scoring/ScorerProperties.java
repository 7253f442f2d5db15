package org.quizkit.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.QuestionArbitraries;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.response.Response;
import org.quizkit.core.scoring.Attempts.Attempt;
import org.quizkit.core.seed.Seeds;

class ScorerProperties {

  @Provide
  Arbitrary<Attempt> attempts() {
    return Attempts.attempts();
  }

  @Provide
  Arbitrary<Question> questions() {
    return QuestionArbitraries.questions();
  }

  @Provide
  Arbitrary<Response> anyKindOfResponse() {
    return Arbitraries.of(Attempts.oneOfEachKind().toList());
  }

  @Property
  void scoreIsAlwaysBetweenZeroAndOne(@ForAll("attempts") Attempt attempt) {
    Score score = Scorer.score(attempt.question(), attempt.response());
    Statistics.label("kind").collect(attempt.question().kind());
    Statistics.label("marks")
        .collect(score.fullMarks() ? "full" : score.value() > 0 ? "partial" : "none");
    assertTrue(score.value() >= 0 && score.value() <= 1, () -> attempt + " scored " + score);
  }

  /** For short answer the key is the list of accepted answers; typos are examples elsewhere. */
  @Property
  void fullMarksExactlyWhenTheResponseIsTheKey(@ForAll("attempts") Attempt attempt) {
    Question question = attempt.question();
    Score score = Scorer.score(question, attempt.response());
    boolean isKey = Attempts.isKey(question, attempt.response());
    Statistics.label("is key").collect(isKey);
    if (question instanceof ShortAnswer shortAnswer) {
      String typed = ((Response.Text) attempt.response()).text();
      if (isKey) {
        assertTrue(score.fullMarks(), () -> attempt + " scored " + score);
      } else if (shortAnswer.rivals().contains(typed)) {
        assertEquals(Score.none(), score, () -> "a rival was accepted: " + attempt);
      }
    } else {
      assertEquals(isKey, score.fullMarks(), () -> attempt + " scored " + score);
    }
  }

  @Property
  void oneMorePartRightNeverScoresLower(
      @ForAll("attempts") Attempt attempt, @ForAll @IntRange(min = 0, max = 99) int pick) {
    Question question = attempt.question();
    Optional<Response> better = Attempts.oneMoreRight(question, attempt.response(), pick);
    Statistics.label("improvable").collect(better.isPresent());
    Score before = Scorer.score(question, attempt.response());
    better.ifPresentOrElse(
        improved -> {
          Score after = Scorer.score(question, improved);
          assertTrue(
              after.value() >= before.value(),
              () -> attempt + " scored " + before + " but " + improved + " scored " + after);
        },
        () -> assertTrue(before.fullMarks(), () -> "nothing to fix yet " + before + ": " + attempt));
  }

  @Property
  void scoringIsDeterministic(@ForAll("attempts") Attempt attempt) {
    assertEquals(
        Scorer.score(attempt.question(), attempt.response()),
        Scorer.score(attempt.question(), attempt.response()));
    assertEquals(
        Scorer.feedback(attempt.question(), attempt.response()),
        Scorer.feedback(attempt.question(), attempt.response()));
  }

  @Property
  void shufflingOptionsNeverChangesTheScore(
      @ForAll("attempts") Attempt attempt, @ForAll long seed) {
    Question shuffled = attempt.question().shuffled(Seeds.random(seed));
    assertEquals(
        Scorer.score(attempt.question(), attempt.response()),
        Scorer.score(shuffled, attempt.response()));
  }

  @Property
  void rejectsAResponseOfTheWrongKindNamingQuestionKindAndType(
      @ForAll("questions") Question question, @ForAll("anyKindOfResponse") Response response) {
    boolean fits =
        switch (question.kind()) {
          case SINGLE_CHOICE, MULTIPLE_RESPONSE -> response instanceof Response.Choice;
          case TRUE_FALSE -> response instanceof Response.Judgement;
          case MATCHING -> response instanceof Response.Pairs;
          case ORDERING -> response instanceof Response.Sequence;
          case SHORT_ANSWER -> response instanceof Response.Text;
        };
    Assume.that(!fits);
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> Scorer.score(question, response));
    assertTrue(thrown.getMessage().contains("'" + question.id() + "'"), thrown::getMessage);
    assertTrue(thrown.getMessage().contains(question.kind().id()), thrown::getMessage);
    assertTrue(
        thrown.getMessage().contains(response.getClass().getSimpleName()), thrown::getMessage);
  }

  @Property
  void theKeyResponseAlwaysScoresFullMarks(@ForAll("questions") Question question) {
    org.junit.jupiter.api.Assertions.assertTrue(
        org.quizkit.core.QuizEngine.score(question, org.quizkit.core.QuizEngine.keyResponse(question))
            .fullMarks(),
        question::id);
  }
}
