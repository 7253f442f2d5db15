package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.Cancer;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.core.QuizEngine;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.ShortAnswer;
import org.quizkit.core.question.TypedAnswerNote;
import org.quizkit.core.response.Response;
import org.quizkit.core.scoring.Feedback;
import org.quizkit.core.seed.Seeds;

/**
 * Over seeds, every typed question scores its own answers as it says: each accepted answer full
 * marks, each note answer exactly its note's credit with its feedback, each rival nothing. The
 * answers are typed as a learner might (upper case, a leading "the"), chosen by the seed. The
 * questions are the built-in bank's and the fixture's, whose containment (a spine in the bones) the
 * built-in dataset cannot state yet.
 */
class TypedAnswerProperties {
  private static final QuestionGenerators BUILT_IN =
      QuestionGenerators.of(DatasetLoader.loadBuiltIn());
  private static final Facts FIXTURE = Facts.of(TypedFixture.dataset());

  private static List<ShortAnswer> typedQuestions(long seed) {
    List<ShortAnswer> questions = new ArrayList<>();
    for (Question question : BUILT_IN.bank(seed)) {
      if (question instanceof ShortAnswer typed) {
        questions.add(typed);
      }
    }
    for (Cancer cancer : FIXTURE.cancersWithMostSites()) {
      questions.add(
          (ShortAnswer) TypedFixture.template().generate(FIXTURE, cancer.id(), Seeds.random(seed)));
    }
    return questions;
  }

  /** The answer as a learner might type it: as written, upper case, or after "the". */
  private static String asTyped(String answer, RandomGenerator random) {
    return switch (random.nextInt(3)) {
      case 0 -> answer;
      case 1 -> answer.toUpperCase(Locale.ROOT);
      default -> "the " + answer;
    };
  }

  private static Feedback typed(ShortAnswer question, String text) {
    return QuizEngine.feedback(question, new Response.Text(text));
  }

  @Test
  void everyAcceptedNotedAndRivalAnswerScoresAsTheQuestionSays() {
    qt().withExamples(30)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              RandomGenerator random = Seeds.random(seed);
              List<ShortAnswer> questions = typedQuestions(seed);
              assertTrue(questions.size() >= FIXTURE.cancersWithMostSites().size());
              for (ShortAnswer question : questions) {
                for (String answer : question.accepted()) {
                  String text = asTyped(answer, random);
                  assertTrue(
                      typed(question, text).fullyRight(),
                      question.id() + ": accepted '" + text + "' (seed " + seed + ")");
                }
                for (TypedAnswerNote note : question.notes()) {
                  for (String answer : note.answers()) {
                    String text = asTyped(answer, random);
                    Feedback feedback = typed(question, text);
                    assertEquals(
                        note.credit(),
                        feedback.score().value(),
                        question.id() + ": noted '" + text + "' (seed " + seed + ")");
                    if (!note.feedback().isEmpty()) {
                      assertEquals(
                          List.of(note.feedback()),
                          feedback.answerNotes(),
                          question.id() + ": noted '" + text + "' (seed " + seed + ")");
                    }
                  }
                }
                for (String rival : question.rivals()) {
                  String text = asTyped(rival, random);
                  assertEquals(
                      0.0,
                      typed(question, text).score().value(),
                      question.id() + ": rival '" + text + "' (seed " + seed + ")");
                }
              }
            });
  }
}
