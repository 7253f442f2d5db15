package org.quizkit.core.schedule;

import java.time.Instant;

/**
 * Decides when a learner should next see a fact, from how well they recalled it.
 *
 * <p>The rest of the library depends on this interface, not on {@link Fsrs}, so that the algorithm
 * or its parameters can change without touching progress or sessions. Implementations are immutable
 * and thread-safe; time is always passed in, never read from a clock.
 */
public interface Scheduler {

  /**
   * The memory after one review.
   *
   * @param memory the memory before the review
   * @param rating how well the fact was recalled
   * @param at when the review happened
   */
  Memory review(Memory memory, Rating rating, Instant at);

  /** The estimated probability, from 0 to 1, that the fact is recalled at {@code at}. */
  double retrievability(Memory memory, Instant at);
}
