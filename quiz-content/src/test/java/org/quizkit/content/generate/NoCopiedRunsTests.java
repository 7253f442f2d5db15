package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.core.question.Question;

/**
 * No text the generators compose (stems, options, feedback, explanations, accepted answers) repeats
 * 8 consecutive words of the source article. The article is not shipped: the test reads the hashes
 * of its 8-word runs that quiz-content/scripts/article-runs.py wrote, and hashes the bank's runs
 * the same way (lower case, words of a-z and 0-9, SHA-256 of the words joined by spaces, first 16
 * hex digits).
 */
class NoCopiedRunsTests {
  private static final int RUN = 8;
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

  @Test
  void noGeneratedTextRepeatsEightWordsOfTheArticle() throws IOException {
    Set<String> article = articleRuns();
    QuestionGenerators generators = QuestionGenerators.of(DatasetLoader.loadBuiltIn());
    Set<String> copied = new LinkedHashSet<>();
    for (long seed = 1; seed <= 5; seed++) {
      for (Question question : generators.bank(seed)) {
        for (String text : BankTexts.of(question)) {
          for (String run : runs(text)) {
            if (article.contains(hash(run))) {
              copied.add(question.id() + ": \"" + run + "\"");
            }
          }
        }
      }
    }
    assertEquals(List.of(), List.copyOf(copied));
  }

  @Test
  void hashesRunsAsTheScriptDoes() throws IOException {
    // Pinned from quiz-content/scripts/article-runs.py's hashing, so the two cannot drift apart
    // (a drift would make every lookup miss and the check above pass blindly).
    assertEquals(
        List.of(
            "one two three four five six seven eight", "two three four five six seven eight nine"),
        runs("One, two: three-four five six SEVEN eight nine."));
    assertEquals("62d51a1fd36f8eb3", hash("one two three four five six seven eight"));
    assertTrue(articleRuns().size() > 1000, "too few runs in article-runs.txt");
  }

  static List<String> runs(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i + RUN <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + RUN)));
    }
    return out;
  }

  static String hash(String run) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  static Set<String> articleRuns() throws IOException {
    try (InputStream in =
        NoCopiedRunsTests.class.getResourceAsStream("/org/quizkit/content/article-runs.txt")) {
      assertTrue(
          in != null, "article-runs.txt is missing; run quiz-content/scripts/article-runs.py");
      Set<String> out = new LinkedHashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.trim());
        }
      }
      return out;
    }
  }
}
