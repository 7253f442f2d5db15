package org.quizkit.content.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How names are compared and how unknown values are answered with the known ones. */
final class NameMatching {
  private static final int LISTED = 12;

  private NameMatching() {}

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
    words.replaceAll(NameMatching::singular);
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

  // Edit distance counting a swap of two neighbouring letters as one edit ("tire" for "tier"),
  // written out because commons-lang3 only has a deprecated plain Levenshtein and commons-text is
  // not in the build.
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
