package org.quizkit.core.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quizkit.core.question.ShortAnswer;

/**
 * The judgement of one typed response to a short answer, whole or as a list ("lungs and bones",
 * "lungs, bones"): the parts it was read as and what each matched.
 *
 * <p>The response is first matched whole, so an answer that itself holds "and" ("organs of the
 * pelvis and abdomen") is read as one. Otherwise it is cut at commas, semicolons, slashes, "&", "+"
 * and the word "and" (unless it is exactly a rival: a known answer is not a list), and the pieces
 * are grouped back into consecutive parts so that every part matches an accepted or noted answer,
 * choosing the grouping whose weakest part earns the most. A list earns the credit of its weakest
 * part: every part accepted is full marks; a part that matches nothing makes the whole response
 * unmatched (no credit).
 *
 * @param parts the parts read and their matches, in the order typed; empty when the response
 *     matched nothing
 */
record TypedVerdict(List<Part> parts) {
  /** More pieces than this are not regrouped (the search is quadratic in them). */
  private static final int MOST_PIECES = 12;

  private static final Pattern LIST_SEPARATOR =
      Pattern.compile(
          "(?:\\s*(?:[,;/&+]|\\band\\b)\\s*)+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * One part of a response.
   *
   * @param typed the part as typed
   * @param match what it matched
   */
  record Part(String typed, TypedMatch match) {}

  TypedVerdict {
    parts = List.copyOf(parts);
  }

  static TypedVerdict of(ShortAnswer question, String typed) {
    ShortAnswerMatcher matcher = ShortAnswerMatcher.of(question);
    TypedMatch whole = matcher.match(typed);
    if (whole != null) {
      return new TypedVerdict(List.of(new Part(typed.strip(), whole)));
    }
    List<int[]> pieces = pieces(typed);
    if (pieces.size() < 2 || matcher.isRival(typed) || pieces.size() > MOST_PIECES) {
      return new TypedVerdict(List.of());
    }
    return new TypedVerdict(regroup(matcher, typed, pieces));
  }

  /** The spans of text between list separators, empty ones left out. */
  private static List<int[]> pieces(String typed) {
    List<int[]> pieces = new ArrayList<>();
    Matcher separator = LIST_SEPARATOR.matcher(typed);
    int from = 0;
    while (separator.find()) {
      if (separator.start() > from) {
        pieces.add(new int[] {from, separator.start()});
      }
      from = separator.end();
    }
    if (from < typed.length()) {
      pieces.add(new int[] {from, typed.length()});
    }
    return pieces;
  }

  /**
   * The grouping of pieces into parts that all match, with the best weakest credit; empty when no
   * grouping matches. best[i] is the best weakest credit of pieces i.. (negative: none matches).
   */
  private static List<Part> regroup(ShortAnswerMatcher matcher, String typed, List<int[]> pieces) {
    int n = pieces.size();
    double[] best = new double[n + 1];
    int[] next = new int[n + 1];
    TypedMatch[] chosen = new TypedMatch[n + 1];
    best[n] = 1.0;
    for (int i = n - 1; i >= 0; i--) {
      best[i] = -1;
      for (int j = i + 1; j <= n; j++) {
        if (best[j] < 0) {
          continue;
        }
        TypedMatch match = matcher.match(typed.substring(pieces.get(i)[0], pieces.get(j - 1)[1]));
        if (match == null) {
          continue;
        }
        double weakest = Math.min(match.credit(), best[j]);
        if (weakest > best[i]) {
          best[i] = weakest;
          next[i] = j;
          chosen[i] = match;
        }
      }
    }
    if (best[0] < 0) {
      return List.of();
    }
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < n; i = next[i]) {
      parts.add(new Part(typed.substring(pieces.get(i)[0], pieces.get(next[i] - 1)[1]), chosen[i]));
    }
    return parts;
  }

  /** The credit earned: that of the weakest part, or 0 when nothing matched. */
  double credit() {
    return parts.isEmpty()
        ? 0.0
        : parts.stream().mapToDouble(p -> p.match().credit()).min().orElse(0.0);
  }
}
