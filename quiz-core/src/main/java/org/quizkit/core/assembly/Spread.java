package org.quizkit.core.assembly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Picks candidates round robin over templates and, within that, over subjects, so that a quiz is
 * not mostly one template about one subject.
 *
 * <p>Each pick takes the first candidate of the pool (already in seeded order) whose template has
 * been used least so far, and among those whose subject has been used least. A candidate with no
 * template (hand written) or no subject is not held back on that account. The maps are only looked
 * up, never iterated, so their order cannot reach the result. Costs count times pool size, which
 * is small for banks of a few thousand questions.
 */
final class Spread {
  private Spread() {}

  static List<Candidate> pick(List<Candidate> pool, int count) {
    Tally templates = new Tally(Candidate::template);
    Tally subjects = new Tally(Candidate::subject);
    boolean[] taken = new boolean[pool.size()];
    List<Candidate> chosen = new ArrayList<>(count);
    while (chosen.size() < count) {
      int best = -1;
      for (int i = 0; i < pool.size(); i++) {
        if (!taken[i] && (best < 0 || fewer(pool.get(i), pool.get(best), templates, subjects))) {
          best = i;
        }
      }
      taken[best] = true;
      Candidate candidate = pool.get(best);
      templates.add(candidate);
      subjects.add(candidate);
      chosen.add(candidate);
    }
    return chosen;
  }

  private static boolean fewer(Candidate a, Candidate b, Tally templates, Tally subjects) {
    int byTemplate = Integer.compare(templates.of(a), templates.of(b));
    return byTemplate < 0 || (byTemplate == 0 && subjects.of(a) < subjects.of(b));
  }

  /** How many chosen questions share each value of one classification. */
  private static final class Tally {
    private final Function<Candidate, String> key;
    private final Map<String, Integer> counts = new HashMap<>();

    Tally(Function<Candidate, String> key) {
      this.key = key;
    }

    int of(Candidate candidate) {
      String value = key.apply(candidate);
      return value.isEmpty() ? 0 : counts.getOrDefault(value, 0);
    }

    void add(Candidate candidate) {
      String value = key.apply(candidate);
      if (!value.isEmpty()) {
        counts.merge(value, 1, Integer::sum);
      }
    }
  }
}
