package org.quizkit.content.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The oracle's own idea of when two wordings are the same answer: case, spacing and punctuation do
 * not count, nor a leading article, nor a plural s at the end of a word. Deliberately not the
 * product's matcher, which the checks are meant to test.
 */
final class Answers {
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  private Answers() {}

  /**
   * The wording reduced to what matters, for example {@code "The Adrenal-Glands."} to {@code
   * "adrenal gland"}.
   */
  static String normal(String text) {
    StringBuilder cleaned = new StringBuilder();
    text.toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(c -> cleaned.appendCodePoint(Character.isLetterOrDigit(c) ? c : ' '));
    List<String> words = new ArrayList<>();
    for (String word : cleaned.toString().trim().split("\\s+")) {
      if (word.isEmpty() || (words.isEmpty() && ARTICLES.contains(word))) {
        continue;
      }
      words.add(singular(word));
    }
    return String.join(" ", words);
  }

  /** True when the two wordings are the same answer. */
  static boolean same(String a, String b) {
    return normal(a).equals(normal(b));
  }

  private static String singular(String word) {
    // "ss" ends words that are not plurals (e.g. "mass"); short words like "is" stay as they are
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
