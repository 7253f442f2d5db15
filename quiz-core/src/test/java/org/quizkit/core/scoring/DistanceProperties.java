package org.quizkit.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class DistanceProperties {

  @Property
  void isZeroExactlyForEqualStrings(
      @ForAll @StringLength(max = 12) @CharRange(from = 'a', to = 'd') String a,
      @ForAll @StringLength(max = 12) @CharRange(from = 'a', to = 'd') String b) {
    assertEquals(a.equals(b), Distance.between(a, b) == 0);
  }

  @Property
  void isSymmetricAndBoundedByTheLengths(
      @ForAll @StringLength(max = 12) @AlphaChars String a,
      @ForAll @StringLength(max = 12) @AlphaChars String b) {
    int d = Distance.between(a, b);
    assertEquals(d, Distance.between(b, a));
    assertTrue(d >= Math.abs(a.length() - b.length()));
    assertTrue(d <= Math.max(a.length(), b.length()));
  }

  @Property
  void countsOneTypoAsAtMostOne(
      @ForAll @StringLength(min = 1, max = 12) @AlphaChars String word,
      @ForAll @IntRange(min = 0, max = 50) int at,
      @ForAll @CharRange(from = 'a', to = 'z') char letter) {
    assertTrue(Distance.between(word, Attempts.typo(word, at, letter)) <= 1);
  }
}
