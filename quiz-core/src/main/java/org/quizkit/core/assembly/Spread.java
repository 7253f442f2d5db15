package org.quizkit.core.assembly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Picks candidates round robin over templates and, within that, over subjects, so that a quiz is
 * not mostly one template about one subject.
 *
 * <p>Each pick takes the first candidate of the pool (already in seeded order) whose template has
 * been used least so far, and among those whose subject has been used least. A candidate with no
 * template (hand written) or no subject is not held back on that account. Costs count times pool
 * size; templates and subjects are numbered once up front so that each step of the scan compares
 * counts in arrays rather than looking strings up. The numbering map is only looked up, never
 * iterated, so its order cannot reach the result.
 */
final class Spread {
  /** The class of a candidate with no template or no subject: never counted. */
  private static final int NONE = -1;

  private Spread() {}

  static List<Candidate> pick(List<Candidate> pool, int count) {
    return pick(pool, count, candidate -> true);
  }

  /**
   * As {@link #pick(List, int)}, but each candidate the spread would take is first offered to
   * {@code admit}: one it refuses is set aside for good, counted as a turn of its template and
   * subject, and the scan goes on, so the result may hold fewer than {@code count} when too many
   * are refused.
   */
  static List<Candidate> pick(List<Candidate> pool, int count, Predicate<Candidate> admit) {
    int[] template = classes(pool, Candidate::template);
    int[] subject = classes(pool, Candidate::subject);
    int[] templateUses = new int[pool.size()];
    int[] subjectUses = new int[pool.size()];
    boolean[] taken = new boolean[pool.size()];
    List<Candidate> chosen = new ArrayList<>(count);
    while (chosen.size() < count) {
      int best = -1;
      int bestTemplate = 0;
      int bestSubject = 0;
      for (int i = 0; i < pool.size(); i++) {
        if (taken[i]) {
          continue;
        }
        int byTemplate = uses(templateUses, template[i]);
        int bySubject = uses(subjectUses, subject[i]);
        if (best < 0
            || byTemplate < bestTemplate
            || (byTemplate == bestTemplate && bySubject < bestSubject)) {
          best = i;
          bestTemplate = byTemplate;
          bestSubject = bySubject;
        }
      }
      if (best < 0) {
        break;
      }
      taken[best] = true;
      // A refused candidate still takes its template's and subject's turn: the next offers go to
      // others, rather than to the rest of a template whose questions all clash with one taken.
      count(templateUses, template[best]);
      count(subjectUses, subject[best]);
      if (admit.test(pool.get(best))) {
        chosen.add(pool.get(best));
      }
    }
    return chosen;
  }

  /** Numbers the distinct non-empty values of one classification; {@link #NONE} for empty. */
  private static int[] classes(List<Candidate> pool, Function<Candidate, String> key) {
    Map<String, Integer> numbers = new HashMap<>();
    int[] classes = new int[pool.size()];
    for (int i = 0; i < pool.size(); i++) {
      String value = key.apply(pool.get(i));
      classes[i] = value.isEmpty() ? NONE : numbers.computeIfAbsent(value, v -> numbers.size());
    }
    return classes;
  }

  private static int uses(int[] uses, int number) {
    return number == NONE ? 0 : uses[number];
  }

  private static void count(int[] uses, int number) {
    if (number != NONE) {
      uses[number]++;
    }
  }
}
