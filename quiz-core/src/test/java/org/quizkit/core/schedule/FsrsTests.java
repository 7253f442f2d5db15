package org.quizkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FsrsTests {
  private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
  private static final Rating A = Rating.AGAIN;
  private static final Rating H = Rating.HARD;
  private static final Rating G = Rating.GOOD;
  private static final Rating E = Rating.EASY;

  private final Fsrs fsrs = Fsrs.withDefaults();

  /** Reviews each rating at the moment the previous review made the fact due. */
  private List<Memory> reviewOnDue(List<Rating> ratings) {
    Memory memory = Memory.fresh(START);
    Instant now = START;
    List<Memory> history = new ArrayList<>();
    for (Rating rating : ratings) {
      memory = fsrs.review(memory, rating, now);
      history.add(memory);
      now = memory.due();
    }
    return history;
  }

  private static long wholeDays(Memory memory) {
    return Duration.between(memory.lastReview().orElseThrow(), memory.due()).toDays();
  }

  @Nested
  class MatchesReferenceImplementations {
    /**
     * py-fsrs 6, tests/test_basic.py, test_review_card (open-spaced-repetition/py-fsrs): default
     * FSRS-6 parameters, no fuzz, each review on the due date; also ts-fsrs 5 and the ports.
     */
    @Test
    void schedulesThePublishedIntervalHistory() {
      List<Memory> history = reviewOnDue(List.of(G, G, G, G, G, G, A, A, G, G, G, G, G));

      List<Long> intervals = history.stream().map(FsrsTests::wholeDays).toList();

      assertEquals(List.of(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L), intervals);
    }

    /** py-fsrs 6, tests/test_basic.py, test_memo_state: stability 53.62691, difficulty 6.35749. */
    @Test
    void reachesThePublishedMemoryState() {
      Memory memory = Memory.fresh(START);
      Instant now = START;
      List<Rating> ratings = List.of(A, G, G, G, G, G);
      int[] gaps = {0, 0, 1, 3, 8, 21};
      for (int i = 0; i < ratings.size(); i++) {
        now = now.plus(Duration.ofDays(gaps[i]));
        memory = fsrs.review(memory, ratings.get(i), now);
      }

      assertEquals(53.62691, memory.stability(), 1e-4);
      assertEquals(6.3574867, memory.difficulty(), 1e-4);
    }

    /** py-fsrs 6, tests/test_basic.py, test_repeated_correct_reviews. */
    @Test
    void drivesDifficultyToItsFloorAfterRepeatedEasyReviews() {
      Memory memory = Memory.fresh(START);
      for (int i = 0; i < 10; i++) {
        memory = fsrs.review(memory, E, START.plusNanos(i * 1000L));
      }

      assertEquals(1.0, memory.difficulty());
    }

    /**
     * Computed with ts-fsrs 5.4.2 from npm (FSRS-6, default parameters, enable_fuzz false), every
     * rating at the previous due date, starting 2022-11-29T12:30Z: interval, stability, difficulty
     * after each review. Covers every rating in the learning, review and relearning phases.
     */
    @Test
    void followsTsFsrsThroughEveryRating() {
      List<Memory> history = reviewOnDue(List.of(E, H, A, G, E, H, G));
      double[][] expected = {
        {8, 8.2956, 1},
        {27, 26.70418346, 4.01060897},
        {0, 2.2431012, 8.01655626},
        {2, 2.2431012, 8.00376807},
        {8, 7.69830427, 7.32194875},
        {14, 14.40920173, 8.20741315},
        {28, 28.0250188, 8.19443411},
      };
      for (int i = 0; i < expected.length; i++) {
        Memory memory = history.get(i);
        assertEquals((long) expected[i][0], wholeDays(memory), "interval at review " + i);
        assertEquals(expected[i][1], memory.stability(), 1e-6, "stability at review " + i);
        assertEquals(expected[i][2], memory.difficulty(), 1e-6, "difficulty at review " + i);
      }
      assertEquals(Phase.RELEARNING, history.get(2).phase());
      assertEquals(1, history.get(6).lapses());
      assertEquals(7, history.get(6).reps());
    }

    /**
     * ts-fsrs 5.4.2 from npm, {@code get_retrievability(card, due, false)} after Easy on a new
     * fact: 0.9024733, unchanged half a day later because elapsed time counts whole days.
     */
    @Test
    void estimatesRetrievabilityAtTheDueDate() {
      Memory memory = fsrs.review(Memory.fresh(START), E, START);

      assertEquals(0.9024733, fsrs.retrievability(memory, memory.due()), 1e-7);
      assertEquals(
          0.9024733, fsrs.retrievability(memory, memory.due().plus(Duration.ofHours(12))), 1e-7);
    }
  }

  @Nested
  class LearningSteps {
    @Test
    void goodOnANewFactWaitsForTheSecondStep() {
      Memory memory = fsrs.review(Memory.fresh(START), G, START);

      assertEquals(Phase.LEARNING, memory.phase());
      assertEquals(1, memory.step());
      assertEquals(START.plus(Duration.ofMinutes(10)), memory.due());
    }

    @Test
    void againRestartsTheFirstStep() {
      Memory memory = fsrs.review(Memory.fresh(START), A, START);

      assertEquals(START.plus(Duration.ofMinutes(1)), memory.due());
      assertEquals(0, memory.step());
    }

    @Test
    void hardWaitsHalfwayBetweenTheFirstTwoSteps() {
      Memory memory = fsrs.review(Memory.fresh(START), H, START);

      assertEquals(START.plus(Duration.ofSeconds(330)), memory.due());
    }

    @Test
    void easyGraduatesAtOnce() {
      Memory memory = fsrs.review(Memory.fresh(START), E, START);

      assertEquals(Phase.REVIEW, memory.phase());
      assertTrue(wholeDays(memory) >= 1);
    }

    @Test
    void graduatesStraightAwayWithoutSteps() {
      FsrsParameters d = FsrsParameters.defaults();
      Fsrs noSteps =
          Fsrs.create(
              new FsrsParameters(d.weights(), 0.9, List.of(), List.of(), d.maximumInterval()));

      Memory memory = noSteps.review(Memory.fresh(START), A, START);

      assertEquals(Phase.REVIEW, memory.phase());
      assertEquals(1, wholeDays(memory));
    }
  }

  @Nested
  class Retrievability {
    @Test
    void isZeroForANewFact() {
      assertEquals(0, fsrs.retrievability(Memory.fresh(START), START));
    }

    @Test
    void fallsAsTimePasses() {
      Memory memory = fsrs.review(Memory.fresh(START), E, START);

      double soon = fsrs.retrievability(memory, START.plus(Duration.ofDays(1)));
      double later = fsrs.retrievability(memory, START.plus(Duration.ofDays(30)));

      assertEquals(1, fsrs.retrievability(memory, START));
      assertTrue(soon > later && later > 0, soon + " then " + later);
    }

    @Test
    void higherDesiredRetentionSchedulesSooner() {
      Fsrs strict = Fsrs.create(FsrsParameters.defaults().withDesiredRetention(0.95));

      Memory loose = fsrs.review(Memory.fresh(START), E, START);
      Memory tight = strict.review(Memory.fresh(START), E, START);

      assertTrue(tight.due().isBefore(loose.due()));
    }
  }

  @Nested
  class Validation {
    @Test
    void rejectsTheWrongNumberOfWeights() {
      var error =
          assertThrows(
              IllegalArgumentException.class,
              () -> new FsrsParameters(List.of(1.0, 2.0), 0.9, List.of(), List.of(), 10));

      assertTrue(error.getMessage().contains("21 weights, got 2"), error.getMessage());
    }

    @Test
    void rejectsANewMemoryWithStability() {
      assertThrows(
          IllegalArgumentException.class,
          () -> new Memory(Phase.NEW, 0, 1, 0, java.util.Optional.empty(), START, 0, 0));
    }
  }
}
