package org.quizkit.content.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How names are compared and how unknown values are answered with the known ones. */
final class Names {
  private static final int LISTED = 12;

  private Names() {}

  /**
   * The form two names are compared in: lower case, punctuation as spaces, no leading article, each
   * word singular. So "The Lymph-Nodes" and "lymph node" are the same name.
   */
  static String normalise(String name) {
    String plain = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (plain.isEmpty()) {
      return plain;
    }
    List<String> words = new ArrayList<>(List.of(plain.split(" ")));
    while (words.size() > 1 && List.of("the", "a", "an").contains(words.get(0))) {
      words.remove(0);
    }
    words.replaceAll(Names::singular);
    return String.join(" ", words);
  }

  // Plain English plurals only; enough to stop "lung" and "lungs" naming two sites.
  private static String singular(String word) {
    int n = word.length();
    if (n > 4 && word.endsWith("ies")) {
      return word.substring(0, n - 3) + "y";
    }
    boolean keeps = word.endsWith("ss") || word.endsWith("us") || word.endsWith("is");
    if (n > 3 && word.endsWith("s") && !keeps) {
      return word.substring(0, n - 1);
    }
    return word;
  }

  /** "(known: a, b, c)" with at most a dozen ids, sorted, so messages stay readable. */
  static String known(Collection<String> ids) {
    List<String> sorted = ids.stream().sorted().toList();
    String shown = String.join(", ", sorted.subList(0, Math.min(LISTED, sorted.size())));
    return "(known: " + shown + (sorted.size() > LISTED ? ", ..." : "") + ")";
  }

  /** The known id closest to a mistyped one, when it is close enough to be a likely typo. */
  static Optional<String> closest(String typed, Collection<String> ids) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String id : ids.stream().sorted().toList()) {
      int d = distance(typed.toLowerCase(Locale.ROOT), id.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = id;
        bestDistance = d;
      }
    }
    int allowed = Math.max(1, typed.length() / 4);
    if (bestDistance <= allowed) {
      return Optional.ofNullable(best);
    }
    // A shortened id, such as 'adrenal' for 'adrenal-glands', when only one id fits.
    String lower = typed.toLowerCase(Locale.ROOT);
    List<String> containing =
        ids.stream().sorted().filter(id -> lower.length() >= 3 && id.contains(lower)).toList();
    return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
  }

  // Levenshtein distance, written out because the one pinned library that has it (commons-lang3)
  // marks it deprecated in favour of commons-text, which the build does not carry.
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
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
