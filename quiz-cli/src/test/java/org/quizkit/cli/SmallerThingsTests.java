package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.cli.Quiz.quiz;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.cli.Quiz.Result;
import org.quizkit.content.QuizContent;
import org.quizkit.core.drill.LineSource;

/** The smaller things a learner trips over (issue 16, item 9). */
class SmallerThingsTests {
  @TempDir Path dir;

  @Test
  void aUsageErrorIsTheMessageAndOneLineOnHelp() {
    Result result = quiz().run("practice", "--count", "0");

    assertEquals(2, result.code(), result::toString);
    assertEquals(
        List.of(
            "quiz practice: invalid value for option '--count': '0' is not a positive whole number"
                + " (1 to 2147483647)",
            "Help: quiz practice --help"),
        result.errLines());
  }

  @Test
  void aSeedThatIsNoNumberIsCalledNotAWholeNumber() {
    Result result = quiz().run("practice", "--seed", "xyz");

    assertEquals(2, result.code(), result::toString);
    assertTrue(
        result
            .errLines()
            .get(0)
            .endsWith(
                "'xyz' is not a whole number" + " (-9223372036854775808 to 9223372036854775807)"),
        result::toString);
  }

  @Test
  void practiseIsPractice() {
    Result result =
        quiz()
            .withInput("a")
            .run("practise", "--count", "1", "--seed", "3", "--data-dir", dir.toString());

    assertEquals(0, result.code(), result::toString);
    assertTrue(result.out().contains("Question 1 of 1"), result::toString);
  }

  @Test
  void theWordsOfAnOptionChooseIt() {
    Result byLetter =
        quiz()
            .withInput("a")
            .run(
                "practice",
                "--count",
                "1",
                "--kinds",
                "single-choice",
                "--seed",
                "3",
                "--plain",
                "--data-dir",
                dir.resolve("1").toString());
    String first = byLetter.out().lines().filter(l -> l.startsWith("    a) ")).findFirst().get();
    String words = first.substring("    a) ".length());

    Result byWords =
        quiz()
            .withInput(words.toUpperCase(java.util.Locale.ROOT))
            .run(
                "practice",
                "--count",
                "1",
                "--kinds",
                "single-choice",
                "--seed",
                "3",
                "--plain",
                "--data-dir",
                dir.resolve("2").toString());

    assertFalse(byWords.out().contains("There is no option"), byWords::toString);
    assertEquals(
        byLetter.out().lines().filter(l -> l.contains("of 1 point")).toList(),
        byWords.out().lines().filter(l -> l.contains("of 1 point")).toList(),
        byWords::toString);
  }

  @Test
  void aLearnSessionThatReachesMasteryDoesNotListWhatWasNotReached() {
    // seed 8: the drawn questions reach mastery before the last one, so the drill stops early
    String[] answers =
        Keys.learnQuiz(QuizContent.builtIn(), "travel", 8).stream()
            .map(Keys::typed)
            .toArray(String[]::new);

    Result result =
        quiz()
            .withInput(answers)
            .run("learn", "travel", "--seed", "8", "--data-dir", dir.toString());

    assertTrue(result.out().contains("That is enough for now."), result::toString);
    assertFalse(result.out().contains("Not reached"), result::toString);
    assertTrue(
        result.out().contains("Repeat this session: quiz learn travel --seed 8"), result::toString);
  }

  @Test
  void ctrlCEndsTheInputAndMarksTheRunInterrupted() {
    LineReader interrupting =
        (LineReader)
            Proxy.newProxyInstance(
                LineReader.class.getClassLoader(),
                new Class<?>[] {LineReader.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("readLine")) {
                    throw new UserInterruptException("");
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    AtomicBoolean interrupted = new AtomicBoolean();
    LineSource lines = Interaction.editor(interrupting, interrupted);

    assertEquals(Optional.empty(), lines.readLine("> "));
    assertTrue(interrupted.get());
  }
}
