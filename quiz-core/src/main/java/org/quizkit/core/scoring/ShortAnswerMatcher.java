package org.quizkit.core.scoring;

import java.util.List;
import org.quizkit.core.question.ShortAnswer;

/**
 * Decides whether a typed answer counts as one of the accepted answers.
 *
 * <ol>
 *   <li>Both sides are normalised by {@link AnswerText} (case, accents, punctuation, spaces,
 *       leading article, singular and plural). A normalised match with any accepted answer is
 *       accepted.
 *   <li>Otherwise one typo is forgiven: the typed answer must have as many words as an accepted
 *       answer, differ from it in exactly one word, and that word of the accepted answer must have
 *       five letters or more and be one edit away ({@link Distance}: an insertion, deletion,
 *       substitution or swap of adjacent letters). Short words get no tolerance because one edit
 *       turns them into other words ("lung", "lump").
 *   <li>Even then, a typed answer whose distance to some rival (another known answer in the same
 *       domain, normalised alike) is no greater than its distance to the nearest accepted answer is
 *       rejected: when the learner may have meant the rival, we do not guess. Rivals that normalise
 *       to an accepted answer are not rivals.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
final class ShortAnswerMatcher {
  private static final int TOLERANT_LENGTH = 5;

  private final List<String> accepted;
  private final List<String> rivals;

  private ShortAnswerMatcher(List<String> accepted, List<String> rivals) {
    this.accepted = accepted;
    this.rivals = rivals;
  }

  static ShortAnswerMatcher of(ShortAnswer question) {
    return of(question.accepted(), question.rivals());
  }

  /** Rivals are kept raw and normalised only when a typed answer is one typo from a key. */
  static ShortAnswerMatcher of(List<String> accepted, List<String> rivals) {
    List<String> keys =
        accepted.stream().map(AnswerText::normalise).filter(a -> !a.isEmpty()).distinct().toList();
    return new ShortAnswerMatcher(keys, rivals);
  }

  boolean accepts(String typed) {
    String text = AnswerText.normalise(typed);
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
        .map(AnswerText::normalise)
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
