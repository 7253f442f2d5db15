package org.quizkit.core.interact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.quizkit.core.question.Kind;
import org.quizkit.core.question.Question;
import org.quizkit.core.response.Response;

class TextPromptProperties {
  private final TextPrompt prompt = TextPrompt.ascii();

  @Property(tries = 300)
  void readsBackTheAnswerTextOfAnyResponse(@ForAll long seed) {
    Random random = new Random(seed);
    Question question = RandomQuestions.question(random);
    Response response = RandomQuestions.response(question, random);

    Reply reply = prompt.parse(question, prompt.answerText(question, response));

    assertEquals(new Reply.Answer(response), reply);
  }

  /** The same answers typed the many ways learners type them: case, separators, connectors. */
  @Property(tries = 300)
  void readsBackAnswersTypedInAnyAcceptedStyle(@ForAll long seed) {
    Random random = new Random(seed);
    Question question = RandomQuestions.question(random);
    Response response = RandomQuestions.response(question, random);

    String typed = restyle(question, prompt.answerText(question, response), random);

    assertEquals(new Reply.Answer(response), prompt.parse(question, typed), "typed: " + typed);
  }

  @Property(tries = 300)
  void neverThrowsOnAnyLine(@ForAll long seed, @ForAll String line) {
    assertHandled(RandomQuestions.question(new Random(seed)), line);
  }

  /** Lines made of the characters answers use, so that parsing gets deep before failing. */
  @Property(tries = 500)
  void neverThrowsOnNearMisses(
      @ForAll long seed,
      @ForAll @StringLength(max = 14) @Chars({'a', 'b', 'c', 'z', 'T', '1', '2', '9', '0', ' ', ',',
            '-', ':', '?', ')'}) String line) {
    assertHandled(RandomQuestions.question(new Random(seed)), line);
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
        tokens[i] = token.substring(0, split)
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
