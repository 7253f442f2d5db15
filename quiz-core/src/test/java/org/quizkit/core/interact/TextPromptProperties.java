package org.quizkit.core.interact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.RandomQuestions;
import org.quizkit.core.response.Response;

/**
 * The text prompt reads back what it writes and survives any line. A failure prints its seed: rerun
 * with {@code -DQT_SEED=N} (see {@link RandomQuestions}).
 */
class TextPromptProperties {
  /** Questions of every kind with up to 8 options; the long seed draws the response. */
  private static final Gen<Question> QUESTIONS = RandomQuestions.plain().upToOptions(8).any();

  private final TextPrompt prompt = TextPrompt.ascii();

  @Test
  void readsBackTheAnswerTextOfAnyResponse() {
    qt().withExamples(300)
        .forAll(QUESTIONS, longs().all())
        .checkAssert(
            (question, seed) -> {
              Response response = CompleteResponses.of(question, new Random(seed));

              Reply reply = prompt.parse(question, prompt.answerText(question, response));

              assertEquals(new Reply.Answer(response), reply);
            });
  }

  /** The same answers typed the many ways learners type them: case, separators, connectors. */
  @Test
  void readsBackAnswersTypedInAnyAcceptedStyle() {
    qt().withExamples(300)
        .forAll(QUESTIONS, longs().all())
        .checkAssert(
            (question, seed) -> {
              Random random = new Random(seed);
              Response response = CompleteResponses.of(question, random);

              String typed = restyle(question, prompt.answerText(question, response), random);

              assertEquals(
                  new Reply.Answer(response), prompt.parse(question, typed), "typed: " + typed);
            });
  }

  @Test
  void neverThrowsOnAnyLine() {
    qt().withExamples(300)
        .forAll(QUESTIONS, strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(this::assertHandled);
  }

  /** Lines made of the characters answers use, so that parsing gets deep before failing. */
  @Test
  void neverThrowsOnNearMisses() {
    Gen<String> nearMisses =
        lists()
            .of(
                Generate.pick(
                    List.of(
                        "a", "b", "c", "z", "T", "1", "2", "9", "0", " ", ",", "-", ":", "?", ")")))
            .ofSizeBetween(0, 14)
            .map(chars -> String.join("", chars));
    qt().withExamples(500).forAll(QUESTIONS, nearMisses).checkAssert(this::assertHandled);
  }

  private void assertHandled(Question question, String line) {
    Reply reply = prompt.parse(question, line);
    assertNotNull(reply);
    if (reply instanceof Reply.Invalid invalid) {
      assertFalse(invalid.hint().isBlank());
    }
  }

  private static String restyle(Question question, String text, Random random) {
    if (question.kind() == Kind.SHORT_ANSWER) {
      return "  " + text + " ";
    }
    if (question.kind() == Kind.TRUE_FALSE) {
      List<String> words =
          text.equals("t") ? List.of("T", "true", "Yes", "y") : List.of("F", "false", "No", "n");
      return words.get(random.nextInt(words.size()));
    }
    String[] tokens = text.split(" ");
    if (question.kind() == Kind.MATCHING) {
      List<String> connectors = List.of("", "-", ": ", "=", " ");
      for (int i = 0; i < tokens.length; i++) {
        String token = tokens[i];
        int split = token.length() - 1;
        tokens[i] =
            token.substring(0, split)
                + connectors.get(random.nextInt(connectors.size()))
                + token.substring(split);
      }
    }
    List<String> separators = List.of(" ", ",", ", ", "  ", "; ");
    String separator = separators.get(random.nextInt(separators.size()));
    if (question.kind() != Kind.MATCHING && random.nextBoolean()) {
      separator = "";
    }
    String joined = String.join(separator, tokens);
    return random.nextBoolean() ? joined.toUpperCase(Locale.ROOT) : " " + joined + " ";
  }
}
