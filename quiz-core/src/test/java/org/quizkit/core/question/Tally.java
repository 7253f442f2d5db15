package org.quizkit.core.question;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts labels over the examples of one property run, so that the property can assert after the
 * run that its generator reached every case it means to check (a property that never meets a case
 * proves nothing about it). Not thread-safe: one per property run.
 */
public final class Tally {
  private final String name;
  private final Map<String, Integer> counts = new TreeMap<>();
  private int total;

  /** An empty tally; {@code name} says what is counted, in failure messages. */
  public Tally(String name) {
    this.name = name;
  }

  /** Counts one example under {@code label}. */
  public void count(Object label) {
    counts.merge(String.valueOf(label), 1, Integer::sum);
    total++;
  }

  /** Fails unless at least {@code percent} of the examples counted fell under {@code label}. */
  public void assertAtLeast(Object label, double percent) {
    int n = counts.getOrDefault(String.valueOf(label), 0);
    assertTrue(
        total > 0 && 100.0 * n / total >= percent,
        () ->
            name
                + " '"
                + label
                + "' in "
                + n
                + " of "
                + total
                + ", under "
                + percent
                + "%: "
                + counts);
  }

  @Override
  public String toString() {
    return name + " " + counts + " of " + total;
  }
}
