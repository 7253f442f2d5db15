package org.quizkit.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scheduler over random review histories drawn from a seed. A failure prints its seed: rerun
 * with {@code -DQT_SEED=N} (see {@link org.quizkit.core.question.RandomQuestions}).
 */
class FsrsProperties {
  private static final Instant START = Instant.parse("2026-01-01T08:00:00Z");
  private final Fsrs fsrs = Fsrs.withDefaults();

  /** A memory after a random history of ratings at random times, some early, some late. */
  private Memory history(Random random, int reviews) {
    Memory memory = Memory.fresh(START);
    Instant now = START;
    for (int i = 0; i < reviews; i++) {
      memory = fsrs.review(memory, rating(random), now);
      long dueIn = Duration.between(now, memory.due()).toSeconds();
      now = now.plusSeconds(Math.max(60, (long) (dueIn * random.nextDouble() * 2)));
    }
    return memory;
  }

  private static Rating rating(Random random) {
    return Rating.values()[random.nextInt(Rating.values().length)];
  }

  @Test
  void keepsEveryMemoryValidAndDueAfterItsReview() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(this::keepsEveryMemoryValidAndDueAfterItsReview);
  }

  private void keepsEveryMemoryValidAndDueAfterItsReview(long seed) {
    Random random = new Random(seed);
    Memory memory = history(random, random.nextInt(30));
    Instant at = memory.due().plusSeconds(random.nextInt(100 * 86_400));

    Memory next = fsrs.review(memory, rating(random), at);

    assertTrue(next.due().isAfter(at), next.toString());
    assertEquals(memory.reps() + 1, next.reps());
    assertTrue(next.lapses() <= next.reps());
    double recall = fsrs.retrievability(next, at.plusSeconds(random.nextInt(1_000_000)));
    assertTrue(recall > 0 && recall <= 1, "retrievability " + recall);
  }

  @Test
  void successNeverLowersStabilityAndALapseNeverRaisesIt() {
    qt().withExamples(200)
        .forAll(longs().all())
        .checkAssert(this::successNeverLowersStabilityAndALapseNeverRaisesIt);
  }

  private void successNeverLowersStabilityAndALapseNeverRaisesIt(long seed) {
    Random random = new Random(seed);
    Memory memory = history(random, 3 + random.nextInt(20));
    Instant last = memory.lastReview().orElseThrow();
    Instant later = last.plus(Duration.ofDays(1 + random.nextInt(400)));
    if (memory.phase() != Phase.REVIEW) {
      return;
    }

    for (Rating success : new Rating[] {Rating.HARD, Rating.GOOD, Rating.EASY}) {
      double after = fsrs.review(memory, success, later).stability();
      assertTrue(after >= memory.stability(), success + " gave " + after);
    }
    assertTrue(fsrs.review(memory, Rating.AGAIN, later).stability() <= memory.stability());
  }

  @Test
  void betterRatingsScheduleNoSooner() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(this::betterRatingsScheduleNoSooner);
  }

  private void betterRatingsScheduleNoSooner(long seed) {
    Random random = new Random(seed);
    Memory memory = history(random, 1 + random.nextInt(20));
    Instant at = memory.due();

    Instant previous = Instant.MIN;
    for (Rating rating : Rating.values()) {
      Instant due = fsrs.review(memory, rating, at).due();
      assertTrue(!due.isBefore(previous), rating + " due " + due + " before " + previous);
      previous = due;
    }
  }
}
