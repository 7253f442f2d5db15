package org.quizkit.content.generate;

import java.util.Locale;
import java.util.Set;

/**
 * The test-wise reader's rule "a sweeping statement is false, a hedged one true" (issue 15):
 * whether a text holds an absolute word ("every", "never", "only") or a hedge ("can", "may"), so
 * that true and false statements can be asked in pairs that read alike.
 */
final class Sweeping {
  private Sweeping() {}

  private static final Set<String> ABSOLUTE =
      Set.of(
          "every",
          "everything",
          "all",
          "always",
          "never",
          "none",
          "no",
          "nothing",
          "only",
          "cannot",
          "can't",
          "must",
          "entirely",
          "completely",
          "whatever",
          "any",
          "solely",
          "exclusively",
          "impossible",
          "certainly",
          "wholly",
          "neither",
          "nor",
          "fully");

  private static final Set<String> HEDGE =
      Set.of(
          "can",
          "may",
          "might",
          "often",
          "usually",
          "sometimes",
          "some",
          "most",
          "tends",
          "tend",
          "rarely",
          "seldom",
          "less",
          "frequently",
          "commonly",
          "common",
          "typically",
          "generally",
          "could",
          "possible",
          "several",
          "many",
          "mostly",
          "mainly");

  /**
   * Which kinds of word {@code text} holds, whole and in any case: 0 neither, 1 an absolute word
   * only, 2 a hedge only ("can", "may", "often"), 3 both.
   */
  static int kind(String text) {
    int kind = 0;
    for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
      String bare = word.replaceAll("^'+|'+$", "");
      kind |= ABSOLUTE.contains(bare) ? 1 : 0;
      kind |= HEDGE.contains(bare) ? 2 : 0;
    }
    return kind;
  }
}
