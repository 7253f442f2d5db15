package org.quizkit.core.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The short-answer rules as they were written before scoring was made fast: lists, streams and a
 * full distance matrix, with the accepted answers normalised up front. Kept only to check that
 * {@link ShortAnswerMatcher} and {@link TypedAnswerNormaliser} still decide exactly as these do.
 */
final class ReferenceMatcher {
  private static final int TOLERANT_LENGTH = 5;
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  private ReferenceMatcher() {}

  /** Normal form: the Unicode path, split on spaces, leading article dropped, words folded. */
  static String normalise(String raw) {
    String text = TypedAnswerNormaliser.unicodeWords(raw);
    if (text.isEmpty()) {
      return text;
    }
    List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
    if (words.size() > 1 && ARTICLES.contains(words.get(0))) {
      words.remove(0);
    }
    words.replaceAll(ReferenceMatcher::singular);
    return String.join(" ", words);
  }

  static String singular(String word) {
    int length = word.length();
    if (length < 4) {
      return word;
    }
    if (word.endsWith("sses")
        || word.endsWith("ches")
        || word.endsWith("shes")
        || word.endsWith("xes")) {
      return word.substring(0, length - 2);
    }
    if (word.endsWith("ies") && length > 4) {
      return word.substring(0, length - 3) + "y";
    }
    if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
      return word;
    }
    return word.endsWith("s") ? word.substring(0, length - 1) : word;
  }

  static boolean accepts(List<String> acceptedRaw, List<String> rivals, String typed) {
    List<String> accepted =
        acceptedRaw.stream()
            .map(ReferenceMatcher::normalise)
            .filter(a -> !a.isEmpty())
            .distinct()
            .toList();
    String text = normalise(typed);
    if (text.isEmpty()) {
      return false;
    }
    if (accepted.contains(text)) {
      return true;
    }
    if (accepted.stream().noneMatch(answer -> oneTypoAway(text, answer))) {
      return false;
    }
    int nearest = accepted.stream().mapToInt(a -> Distance.between(text, a)).min().orElseThrow();
    return rivals.stream()
        .map(ReferenceMatcher::normalise)
        .filter(rival -> !rival.isEmpty() && !accepted.contains(rival))
        .allMatch(rival -> Distance.between(text, rival) > nearest);
  }

  private static boolean oneTypoAway(String typed, String answer) {
    String[] typedWords = typed.split(" ");
    String[] answerWords = answer.split(" ");
    if (typedWords.length != answerWords.length) {
      return false;
    }
    int differing = -1;
    for (int i = 0; i < answerWords.length; i++) {
      if (!typedWords[i].equals(answerWords[i])) {
        if (differing >= 0) {
          return false;
        }
        differing = i;
      }
    }
    if (differing < 0) {
      return false;
    }
    String word = answerWords[differing];
    return word.codePointCount(0, word.length()) >= TOLERANT_LENGTH
        && Distance.between(typedWords[differing], word) == 1;
  }
}
