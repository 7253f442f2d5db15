package org.quizkit.core.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Seeded randomness that gives the same results on every JVM.
 *
 * <p>{@link Random} is used because its algorithm is fixed by its specification; the shuffle is
 * written out here (rather than {@code Collections.shuffle}) so that the sequence of draws is fixed
 * by this code, not by a library implementation.
 */
public final class Seeds {
  private Seeds() {}

  /** A generator whose sequence depends only on {@code seed}. */
  public static RandomGenerator random(long seed) {
    return new Random(seed);
  }

  /**
   * A well-mixed seed for the {@code index}-th independent stream under {@code seed} (SplitMix64
   * finaliser), so that neighbouring seeds and indexes give unrelated streams.
   */
  public static long derive(long seed, long index) {
    long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A new list with the elements of {@code list} in an order drawn from {@code random}. */
  public static <T> List<T> shuffled(List<T> list, RandomGenerator random) {
    List<T> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T held = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, held);
    }
    return List.copyOf(copy);
  }
}
