package org.quizkit.content.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quizkit.content.dataset.DatasetLoader;
import org.quizkit.core.question.Option;
import org.quizkit.core.question.Question;
import org.quizkit.core.question.SingleChoice;

/**
 * The right option of a sentence-option choice question does not give itself away by its length:
 * over many seeds it is the longest option no more often than it would be by chance, give or take.
 */
class KeyLengthTests {
  private static final List<String> TEMPLATES =
      List.of(ConceptChoice.ID, CancerStatementChoice.ID, DownstreamCause.ID);

  @Test
  void theKeyIsNotTheLongestOptionMoreOftenThanChance() {
    QuestionGenerators generators = QuestionGenerators.of(DatasetLoader.loadBuiltIn());
    Map<String, int[]> counts = new TreeMap<>();
    for (long seed = 1; seed <= 60; seed++) {
      for (Question q : generators.bank(seed)) {
        if (!TEMPLATES.contains(q.info().template())) {
          continue;
        }
        SingleChoice s = (SingleChoice) q;
        int keyLength = 0;
        int longestOther = 0;
        for (Option o : s.options()) {
          if (o.id().equals(s.correct())) {
            keyLength = o.text().length();
          } else {
            longestOther = Math.max(longestOther, o.text().length());
          }
        }
        int[] c = counts.computeIfAbsent(q.info().template(), k -> new int[3]);
        c[0]++;
        c[1] += keyLength > longestOther ? 1 : 0;
        c[2] += s.options().size();
      }
    }
    counts.forEach(
        (template, c) -> {
          double share = (double) c[1] / c[0];
          double chance = (double) c[0] / c[2];
          assertTrue(
              share <= chance + 0.1,
              template
                  + ": key longest in "
                  + c[1]
                  + " of "
                  + c[0]
                  + " (chance about "
                  + chance
                  + ")");
        });
  }
}
