package org.quizkit.core.scoring;

/**
 * Optimal string alignment distance: the fewest insertions, deletions, substitutions and swaps of
 * two adjacent letters that turn one string into the other, no letter edited twice.
 *
 * <p>Written here because the libraries we use lack it: Commons Lang's {@code
 * StringUtils.getLevenshteinDistance} is deprecated, and it and Commons Text's {@code
 * LevenshteinDistance} count a swap of adjacent letters ("lugn" for "lung") as two edits, while a
 * learner makes it as one typo. Works on code points so that letters outside the BMP count once.
 */
final class Distance {
  private Distance() {}

  static int between(String a, String b) {
    int[] s = a.codePoints().toArray();
    int[] t = b.codePoints().toArray();
    int[][] d = new int[s.length + 1][t.length + 1];
    for (int i = 0; i <= s.length; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= t.length; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= s.length; i++) {
      for (int j = 1; j <= t.length; j++) {
        int substitution = d[i - 1][j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1);
        int best = Math.min(substitution, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1]) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[s.length][t.length];
  }
}
