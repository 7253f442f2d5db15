package org.quizkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RatingTests {
  @Test
  void fullScoreIsGood() {
    assertEquals(Rating.GOOD, Rating.fromScore(1));
  }

  @Test
  void halfOrMoreIsHard() {
    assertEquals(Rating.HARD, Rating.fromScore(0.5));
    assertEquals(Rating.HARD, Rating.fromScore(0.99));
  }

  @Test
  void lessThanHalfIsAgain() {
    assertEquals(Rating.AGAIN, Rating.fromScore(0.49));
    assertEquals(Rating.AGAIN, Rating.fromScore(0));
  }

  @Test
  void rejectsScoresOutsideTheUnitInterval() {
    assertThrows(IllegalArgumentException.class, () -> Rating.fromScore(1.5));
    assertThrows(IllegalArgumentException.class, () -> Rating.fromScore(Double.NaN));
  }
}
