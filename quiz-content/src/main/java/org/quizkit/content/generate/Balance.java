package org.quizkit.content.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Draws the options of a single choice so that the key is not told by the length or the
 * alphabetical order of the words (the test-wise "the longest option is the key").
 *
 * <p>The template makes {@value #TRIES} draws of key and distractors. Each draw puts the key at a
 * place among the options sorted by length (longest first) and at a place among them sorted
 * alphabetically; options of equal length share their places, so a key as long as another option
 * fits each of their places. Of the pairs of places the draws give, one is picked with weights that
 * make each length place, and each alphabetical place, as likely as every other one as far as the
 * pairs allow (the weights are scaled in turn by row and by column until both even out, as in
 * iterative proportional fitting), and a draw giving that pair is kept. Every draw is one the
 * template would make anyway, so the question's validity does not depend on which one is kept; a
 * subject whose draws can put its key at one place only stays as it was.
 */
final class Balance {
  private Balance() {}

  /** How many draws are made: enough to see most pairs of places a subject's options can give. */
  private static final int TRIES = 96;

  /** Rounds of scaling: the weights of five places settle well before this. */
  private static final int ROUNDS = 60;

  /**
   * One of {@value #TRIES} draws, chosen as above; {@code texts} gives a draw's option texts, the
   * key's first.
   */
  static <T> T draw(
      RandomGenerator random, Function<RandomGenerator, T> draw, Function<T, List<String>> texts) {
    List<T> draws = new ArrayList<>();
    List<int[]> places = new ArrayList<>();
    int options = Integer.MAX_VALUE;
    for (int i = 0; i < TRIES; i++) {
      T next = draw.apply(random);
      List<String> shown = texts.apply(next);
      draws.add(next);
      places.add(places(shown));
      options = Math.min(options, shown.size());
    }
    double[][] weights = weights(places, options);
    int[] pair = pick(weights, random);
    List<T> fitting = new ArrayList<>();
    for (int i = 0; i < TRIES; i++) {
      if (fits(places.get(i), pair[0], pair[1])) {
        fitting.add(draws.get(i));
      }
    }
    return fitting.get(random.nextInt(fitting.size()));
  }

  /** Weights over (length place, alphabetical place) whose rows and columns sum alike. */
  private static double[][] weights(List<int[]> places, int options) {
    double[][] w = new double[options][options];
    for (int p = 0; p < options; p++) {
      for (int q = 0; q < options; q++) {
        for (int[] place : places) {
          if (fits(place, p, q)) {
            w[p][q] = 1;
            break;
          }
        }
      }
    }
    double[] rows = new double[options];
    double[] columns = new double[options];
    for (int p = 0; p < options; p++) {
      for (int q = 0; q < options; q++) {
        rows[p] += w[p][q];
        columns[q] += w[p][q];
      }
    }
    rows = targets(rows, true);
    columns = targets(columns, true);
    for (int round = 0; round < ROUNDS; round++) {
      for (int p = 0; p < options; p++) {
        double sum = 0;
        for (int q = 0; q < options; q++) {
          sum += w[p][q];
        }
        for (int q = 0; q < options && sum > 0; q++) {
          w[p][q] *= rows[p] / sum;
        }
      }
      for (int q = 0; q < options; q++) {
        double sum = 0;
        for (int p = 0; p < options; p++) {
          sum += w[p][q];
        }
        for (int p = 0; p < options && sum > 0; p++) {
          w[p][q] *= columns[q] / sum;
        }
      }
    }
    return w;
  }

  /**
   * How often the key should take each place, given which places ({@code seen} above 0) the draws
   * can give: each place its even share, and the share of a place no draw gives to the place at the
   * other end of the order (the key of one subject can never be the shortest option, that of
   * another never the longest; giving the missing end's share to the other end, rather than to the
   * middle, keeps the middle places from taking the lead over many subjects), or, when that one is
   * missing too, evenly to the places the draws give.
   */
  private static double[] targets(double[] seen, boolean mirror) {
    int n = seen.length;
    double[] out = new double[n];
    int given = 0;
    for (double s : seen) {
      given += s > 0 ? 1 : 0;
    }
    for (int p = 0; p < n; p++) {
      if (seen[p] > 0) {
        out[p] += 1;
      } else if (mirror && seen[n - 1 - p] > 0) {
        out[n - 1 - p] += 1;
      } else {
        for (int o = 0; o < n; o++) {
          out[o] += seen[o] > 0 ? 1.0 / given : 0;
        }
      }
    }
    return out;
  }

  /** A pair of places drawn with the weights. */
  private static int[] pick(double[][] weights, RandomGenerator random) {
    double total = 0;
    for (double[] row : weights) {
      for (double w : row) {
        total += w;
      }
    }
    double at = random.nextDouble() * total;
    int[] last = null;
    for (int p = 0; p < weights.length; p++) {
      for (int q = 0; q < weights.length; q++) {
        if (weights[p][q] > 0) {
          last = new int[] {p, q};
          at -= weights[p][q];
          if (at < 0) {
            return last;
          }
        }
      }
    }
    return last;
  }

  private static boolean fits(int[] place, int length, int order) {
    return place[0] <= length && length <= place[1] && place[2] <= order && order <= place[3];
  }

  /**
   * The places the key can take: first and last by length (longest first: how many options are
   * longer, and that plus how many are as long), then first and last alphabetically.
   */
  private static int[] places(List<String> texts) {
    String key = texts.get(0);
    int longer = 0;
    int asLong = 0;
    int earlier = 0;
    int same = 0;
    for (String text : texts.subList(1, texts.size())) {
      longer += text.length() > key.length() ? 1 : 0;
      asLong += text.length() == key.length() ? 1 : 0;
      earlier += text.compareTo(key) < 0 ? 1 : 0;
      same += text.equals(key) ? 1 : 0;
    }
    return new int[] {longer, longer + asLong, earlier, earlier + same};
  }
}
