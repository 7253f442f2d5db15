package org.quizkit.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The known names nearest a misspelt one, for a message. */
final class NearMatches {
  /** How many names a message lists when none is near. */
  private static final int LISTED = 12;

  private NearMatches() {}

  /**
   * {@code "; did you mean 'chest'? (known: ...)"} with the known names within a third of the typed
   * name's length in edits (at least 2), nearest first, or {@code " (known: ...)"} when none is;
   * the known names listed in their given order.
   */
  static String hint(String typed, Collection<String> known) {
    String lower = typed.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, typed.length() / 3);
    List<String> near =
        known.stream()
            .filter(k -> distance(lower, k.toLowerCase(Locale.ROOT)) <= allowed)
            .sorted(
                Comparator.comparingInt((String k) -> distance(lower, k.toLowerCase(Locale.ROOT)))
                    .thenComparing(Comparator.naturalOrder()))
            .limit(3)
            .toList();
    List<String> all = List.copyOf(known);
    String listed =
        String.join(", ", all.subList(0, Math.min(LISTED, all.size())))
            + (all.size() > LISTED ? ", ..." : "");
    String mean = near.isEmpty() ? "" : "; did you mean '" + String.join("' or '", near) + "'?";
    return mean + " (known: " + listed + ")";
  }

  // Plain Levenshtein distance; Guava has none, and a text library for one call would outweigh it.
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + change);
      }
      int[] held = previous;
      previous = current;
      current = held;
    }
    return previous[b.length()];
  }
}
