package org.quizkit.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DistanceTests {
  @Test
  void countsOneEditOfEachKindAsOne() {
    assertEquals(1, Distance.between("liver", "livr"));
    assertEquals(1, Distance.between("liver", "liverr"));
    assertEquals(1, Distance.between("liver", "lover"));
    assertEquals(1, Distance.between("liver", "ilver"));
  }

  @Test
  void countsASwapOfAdjacentLettersAsOneNotTwo() {
    assertEquals(1, Distance.between("peritoneum", "peritonuem"));
  }

  @Test
  void doesNotEditALetterTwice() {
    // true Damerau-Levenshtein gives 2 here; optimal string alignment gives 3
    assertEquals(3, Distance.between("ca", "abc"));
  }

  @Test
  void measuresFromAndToTheEmptyString() {
    assertEquals(0, Distance.between("", ""));
    assertEquals(4, Distance.between("", "lung"));
    assertEquals(4, Distance.between("lung", ""));
  }

  @Test
  void countsALetterOutsideTheBasicPlaneOnce() {
    assertEquals(1, Distance.between("a\uD835\uDC00b", "ab"));
  }
}
