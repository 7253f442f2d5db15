package org.quizkit.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quizkit.core.QuizEngine;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.RandomQuestions;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.Tally;
import org.quizkit.core.response.Response;
import org.quizkit.core.scoring.Attempts.Attempt;
import org.quizkit.core.seed.Seeds;

/**
 * The scorer over random questions and responses (see {@link Attempts}). A failure prints its seed:
 * rerun with {@code -DQT_SEED=N} (see {@link RandomQuestions}).
 */
class ScorerProperties {

  /**
   * Each kind, and each of full, partial and no marks, must come up, or the bound proves little.
   */
  @Test
  void scoreIsAlwaysBetweenZeroAndOne() {
    Tally kinds = new Tally("kind");
    Tally marks = new Tally("marks");
    qt().withExamples(1000)
        .forAll(Attempts.attempts())
        .checkAssert(
            attempt -> {
              Score score = Scorer.score(attempt.question(), attempt.response());
              kinds.count(attempt.question().kind());
              marks.count(score.fullMarks() ? "full" : score.value() > 0 ? "partial" : "none");
              assertTrue(
                  score.value() >= 0 && score.value() <= 1, () -> attempt + " scored " + score);
            });
    for (Kind kind : Kind.values()) {
      kinds.assertAtLeast(kind, 5);
    }
    marks.assertAtLeast("full", 10);
    marks.assertAtLeast("partial", 5);
    marks.assertAtLeast("none", 10);
  }

  /** For short answer the key is the list of accepted answers; typos are examples elsewhere. */
  @Test
  void fullMarksExactlyWhenTheResponseIsTheKey() {
    Tally isKey = new Tally("is key");
    qt().withExamples(1000)
        .forAll(Attempts.attempts())
        .checkAssert(
            attempt -> {
              Question question = attempt.question();
              Score score = Scorer.score(question, attempt.response());
              boolean key = Attempts.isKey(question, attempt.response());
              isKey.count(key);
              if (question instanceof ShortAnswer shortAnswer) {
                String typed = ((Response.Text) attempt.response()).text();
                if (key) {
                  assertTrue(score.fullMarks(), () -> attempt + " scored " + score);
                } else if (shortAnswer.rivals().contains(typed)) {
                  assertEquals(Score.none(), score, () -> "a rival was accepted: " + attempt);
                }
              } else {
                assertEquals(key, score.fullMarks(), () -> attempt + " scored " + score);
              }
            });
    isKey.assertAtLeast(true, 10);
    isKey.assertAtLeast(false, 10);
  }

  @Test
  void oneMorePartRightNeverScoresLower() {
    Tally improvable = new Tally("improvable");
    qt().withExamples(1000)
        .forAll(Attempts.attempts(), integers().between(0, 99))
        .checkAssert(
            (attempt, pick) -> {
              Question question = attempt.question();
              Optional<Response> better = Attempts.oneMoreRight(question, attempt.response(), pick);
              improvable.count(better.isPresent());
              Score before = Scorer.score(question, attempt.response());
              better.ifPresentOrElse(
                  improved -> {
                    Score after = Scorer.score(question, improved);
                    assertTrue(
                        after.value() >= before.value(),
                        () ->
                            attempt
                                + " scored "
                                + before
                                + " but "
                                + improved
                                + " scored "
                                + after);
                  },
                  () ->
                      assertTrue(
                          before.fullMarks(),
                          () -> "nothing to fix yet " + before + ": " + attempt));
            });
    improvable.assertAtLeast(true, 30);
  }

  /**
   * Scores and feedback of 1000 attempts drawn with one fixed seed, pinned as a digest: a change in
   * how any kind is scored or explained changes it. If a change is meant, print the new digest (the
   * failure shows it) and say in the commit why the scores moved. Attempts draw text with {@link
   * RandomQuestions#anyText}, not QuickTheories' JDK-dependent strings, so the digest is the same
   * on JDK 17 and 25.
   */
  @Test
  void scoresAFixedSetOfAttemptsAsBefore() throws NoSuchAlgorithmException {
    List<Attempt> attempts = RandomQuestions.sample(Attempts.attempts(), 20261204L, 1000);
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (Attempt attempt : attempts) {
      Feedback feedback = Scorer.feedback(attempt.question(), attempt.response());
      // the exact score bits, not Double.toString, whose digits changed in JDK 19
      String line =
          String.join(
              "|",
              feedback.questionId(),
              Long.toHexString(Double.doubleToLongBits(feedback.score().value())),
              String.valueOf(feedback.score().fullMarks()),
              String.valueOf(feedback.correctAnswer()),
              feedback.explanation(),
              feedback.section(),
              String.valueOf(feedback.chosenFeedback()));
      digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(
        "b245e16b733d54254767c14cf6038b8775e21e28eb4f0887a1a7b771d5ac0d5f",
        HexFormat.of().formatHex(digest.digest()));
  }

  @Test
  void shufflingOptionsNeverChangesTheScore() {
    qt().withExamples(1000)
        .forAll(Attempts.attempts(), longs().all())
        .checkAssert(
            (attempt, seed) -> {
              Question shuffled = attempt.question().shuffled(Seeds.random(seed));
              assertEquals(
                  Scorer.score(attempt.question(), attempt.response()),
                  Scorer.score(shuffled, attempt.response()));
            });
  }

  @Test
  void rejectsAResponseOfTheWrongKindNamingQuestionKindAndType() {
    Gen<Attempt> misfits =
        RandomQuestions.plain()
            .any()
            .flatMap(
                question ->
                    Generate.pick(Attempts.oneOfEachKind().filter(r -> !fits(question, r)).toList())
                        .map(response -> new Attempt(question, response)));
    qt().withExamples(1000)
        .forAll(misfits)
        .checkAssert(
            attempt -> {
              Question question = attempt.question();
              Response response = attempt.response();
              IllegalArgumentException thrown =
                  assertThrows(
                      IllegalArgumentException.class, () -> Scorer.score(question, response));
              assertTrue(
                  thrown.getMessage().contains("'" + question.id() + "'"), thrown::getMessage);
              assertTrue(thrown.getMessage().contains(question.kind().id()), thrown::getMessage);
              assertTrue(
                  thrown.getMessage().contains(response.getClass().getSimpleName()),
                  thrown::getMessage);
            });
  }

  @Test
  void theKeyResponseAlwaysScoresFullMarks() {
    qt().withExamples(1000)
        .forAll(RandomQuestions.plain().any())
        .checkAssert(
            question ->
                assertTrue(
                    QuizEngine.score(question, QuizEngine.keyResponse(question)).fullMarks(),
                    question::id));
  }

  private static boolean fits(Question question, Response response) {
    return switch (question.kind()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> response instanceof Response.Choice;
      case TRUE_FALSE -> response instanceof Response.Judgement;
      case MATCHING -> response instanceof Response.Pairs;
      case ORDERING -> response instanceof Response.Sequence;
      case SHORT_ANSWER -> response instanceof Response.Text;
    };
  }
}
