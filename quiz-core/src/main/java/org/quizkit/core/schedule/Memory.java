package org.quizkit.core.schedule;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;

/**
 * What the scheduler knows about a learner's memory of one fact.
 *
 * <p>Immutable and thread-safe.
 *
 * @param phase where the fact stands in the learning cycle
 * @param step the index of the current learning or relearning step; 0 outside those phases
 * @param stability days until recall probability falls to 90%; 0 for a new fact
 * @param difficulty from 1 (easy) to 10 (hard); 0 for a new fact
 * @param lastReview when the fact was last reviewed; empty for a new fact
 * @param due when the fact should next be reviewed
 * @param reps how many reviews there have been
 * @param lapses how many times the fact was forgotten after graduating
 */
public record Memory(
    Phase phase,
    int step,
    double stability,
    double difficulty,
    Optional<Instant> lastReview,
    Instant due,
    int reps,
    int lapses) {
  public Memory {
    checkNotNull(phase, "phase");
    checkNotNull(lastReview, "lastReview");
    checkNotNull(due, "due");
    checkArgument(step >= 0, "step %s is negative", step);
    checkArgument(reps >= 0 && lapses >= 0, "reps %s or lapses %s negative", reps, lapses);
    if (phase == Phase.NEW) {
      checkArgument(
          stability == 0 && difficulty == 0 && lastReview.isEmpty() && reps == 0,
          "a new fact has no stability, difficulty, last review or reps");
    } else {
      checkArgument(stability > 0, "stability %s is not positive", stability);
      checkArgument(
          difficulty >= 1 && difficulty <= 10, "difficulty %s is outside [1, 10]", difficulty);
      checkArgument(lastReview.isPresent(), "a reviewed fact has a last review");
    }
  }

  /** A fact never reviewed, due at {@code now}. */
  public static Memory fresh(Instant now) {
    return new Memory(Phase.NEW, 0, 0, 0, Optional.empty(), now, 0, 0);
  }

  /** Whether the fact should be reviewed at {@code now}. */
  public boolean isDue(Instant now) {
    return !due.isAfter(now);
  }
}
