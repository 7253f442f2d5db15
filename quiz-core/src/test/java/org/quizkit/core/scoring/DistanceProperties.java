package org.quizkit.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Edit distance. A failure prints its seed: rerun with {@code -DQT_SEED=N} (see {@link
 * org.quizkit.core.question.RandomQuestions}).
 */
class DistanceProperties {
  private static final Gen<String> ABCD =
      strings().betweenCodePoints('a', 'd').ofLengthBetween(0, 12);

  @Test
  void isZeroExactlyForEqualStrings() {
    qt().withExamples(1000)
        .forAll(ABCD, ABCD)
        .checkAssert((a, b) -> assertEquals(a.equals(b), Distance.between(a, b) == 0));
  }

  @Test
  void isSymmetricAndBoundedByTheLengths() {
    qt().withExamples(1000)
        .forAll(alpha(0), alpha(0))
        .checkAssert(
            (a, b) -> {
              int d = Distance.between(a, b);
              assertEquals(d, Distance.between(b, a));
              assertTrue(d >= Math.abs(a.length() - b.length()));
              assertTrue(d <= Math.max(a.length(), b.length()));
            });
  }

  @Test
  void countsOneTypoAsAtMostOne() {
    qt().withExamples(1000)
        .forAll(alpha(1), integers().between(0, 50), Generate.characters('a', 'z'))
        .checkAssert(
            (word, at, letter) ->
                assertTrue(Distance.between(word, Attempts.typo(word, at, letter)) <= 1));
  }

  /** ASCII letters, {@code min} to 12 of them. */
  static Gen<String> alpha(int min) {
    Gen<String> lower = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 1);
    Gen<String> upper = strings().betweenCodePoints('A', 'Z').ofLengthBetween(1, 1);
    return org.quicktheories.generators.SourceDSL.lists()
        .of(lower.mix(upper))
        .ofSizeBetween(min, 12)
        .map(letters -> String.join("", letters));
  }
}
