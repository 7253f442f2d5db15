package org.quizkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quizkit.cli.Quiz.quiz;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quizkit.cli.Quiz.Result;

/**
 * {@code quiz progress} and {@code quiz modules} fit the width they are given (a terminal's, here
 * {@code COLUMNS}), up to about 100 columns, breaking lines only between words.
 */
class WidthTests {
  @TempDir Path dir;

  private Result run(int columns, String... args) {
    return quiz().withEnv(Map.of("COLUMNS", Integer.toString(columns))).run(args);
  }

  private static int widest(String out) {
    return out.lines().mapToInt(String::length).max().orElse(0);
  }

  /** The words of the output in order: the same at any width when no word is broken. */
  private static List<String> words(String out) {
    return Arrays.stream(out.strip().split("\\s+")).toList();
  }

  private void practise() {
    Result practice =
        quiz()
            .withInput("zzzz", "r", "zzzz", "q")
            .run(
                "practice",
                "--plain",
                "--seed",
                "1",
                "--count",
                "3",
                "--kinds",
                "short-answer",
                "--data-dir",
                dir.toString());
    assertEquals(0, practice.code(), practice::toString);
  }

  private void assertFitsWithoutBreakingWords(String... args) {
    Result narrow = run(40, args);
    Result usual = run(80, args);
    Result wide = run(200, args);
    for (Result result : List.of(narrow, usual, wide)) {
      assertEquals(0, result.code(), result::toString);
    }
    assertTrue(widest(narrow.out()) <= 40, narrow::toString);
    assertTrue(widest(usual.out()) <= 80, usual::toString);
    assertTrue(widest(wide.out()) <= 100, wide::toString);
    assertTrue(widest(wide.out()) > widest(usual.out()), () -> usual + "\n" + wide);
    assertEquals(words(wide.out()), words(narrow.out()), narrow::toString);
    assertEquals(words(wide.out()), words(usual.out()), usual::toString);
  }

  @Test
  void modulesFitsTheWidthWithoutBreakingWords() {
    practise();
    assertFitsWithoutBreakingWords("modules", "--plain", "--data-dir", dir.toString());
  }

  @Test
  void progressFitsTheWidthWithoutBreakingWords() {
    practise();
    assertFitsWithoutBreakingWords("progress", "--plain", "--facts", "--data-dir", dir.toString());
  }

  @Test
  void withoutAWidthPrintsTo80Columns() {
    practise();
    Result result = quiz().run("modules", "--plain", "--data-dir", dir.toString());

    assertEquals(0, result.code(), result::toString);
    assertTrue(widest(result.out()) <= 80, result::toString);
  }
}
