package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Draws the options of a single choice so that the key is not told by the length or the
 * alphabetical order of the words (the test-wise "the longest option is the key"): among a fixed
 * number of the template's own draws, the seed picks a length rank of the key uniformly among the
 * ranks those draws can give, then an alphabetical rank uniformly among the ranks the remaining
 * draws can give, and keeps the first draw with both. Every draw is one the template would make
 * anyway, so the question's validity does not depend on which one is kept; a subject whose draws
 * can put its key at one rank only stays as it was.
 */
final class Balance {
  private Balance() {}

  /** How many draws are made: enough to see each rank a subject's options can give the key. */
  private static final int TRIES = 24;

  /**
   * One of {@value #TRIES} draws, chosen as above; {@code texts} gives a draw's option texts, the
   * key's first.
   */
  static <T> T draw(
      RandomGenerator random, Function<RandomGenerator, T> draw, Function<T, List<String>> texts) {
    List<T> draws = new ArrayList<>();
    List<int[]> ranks = new ArrayList<>();
    for (int i = 0; i < TRIES; i++) {
      T next = draw.apply(random);
      draws.add(next);
      ranks.add(ranks(texts.apply(next)));
    }
    int length = pick(ranks, 0, -1, -1, random);
    int order = pick(ranks, 1, 0, length, random);
    for (int i = 0; i < TRIES; i++) {
      if (ranks.get(i)[0] == length && ranks.get(i)[1] == order) {
        return draws.get(i);
      }
    }
    throw new AssertionError("a picked rank has a draw");
  }

  /** A rank, uniformly among those the draws give at {@code at}, of the draws that match. */
  private static int pick(
      List<int[]> ranks, int at, int matchAt, int match, RandomGenerator random) {
    TreeSet<Integer> seen = new TreeSet<>();
    for (int[] rank : ranks) {
      if (matchAt < 0 || rank[matchAt] == match) {
        seen.add(rank[at]);
      }
    }
    return new ArrayList<>(seen).get(random.nextInt(seen.size()));
  }

  /** How many options are longer than the key, and how many come before it alphabetically. */
  private static int[] ranks(List<String> texts) {
    String key = texts.get(0);
    int longer = 0;
    int earlier = 0;
    for (String text : texts) {
      longer += text.length() > key.length() ? 1 : 0;
      earlier += text.compareTo(key) < 0 ? 1 : 0;
    }
    return new int[] {longer, earlier};
  }
}
